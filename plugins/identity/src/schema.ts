import type { Viewer as ViewerShape } from '@lacewire/core';
import { type Builder, type Context, DoneRef, InvalidInputError, isLocale, LOCALES, NotAllowedError } from '@lacewire/core';
import { z } from 'zod';
import type { IdentityConfig } from './config.ts';
import type { IAccount, ISession } from './entities.ts';
import { AccountRef, MembershipRef, ViewerRef } from './refs.ts';
import {
  accountsByIds,
  colleaguesAmong,
  requestSignInCode,
  revokeSession,
  setLocale,
  signInWithCode,
  signInWithPassword,
  viewerForToken,
} from './services.ts';

const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9]{6,15}$/, 'Enter a phone number of 6 to 15 digits.');

export function identitySchema(builder: Builder, config: IdentityConfig) {
  const Role = builder.enumType('StaffRole', {
    values: { clerk: { value: 'clerk' }, technician: { value: 'technician' }, storeAdmin: { value: 'storeAdmin' } } as const,
  });

  const Account = builder.node(AccountRef, {
    description: 'A person who signs in: staff or customer. The one identity for business and messaging.',
    id: { resolve: (a) => a.id },
    // Contact data: an account is read by itself, owners, and staff accounts by their colleagues.
    // Staff read a customer's contact through Customer, which knows the stores the customer uses.
    loadMany: async (ids, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) return ids.map(() => null);
      const accounts = await accountsByIds(ctx.em, ids);
      const colleagues = await colleaguesAmong(ctx.em, viewer, ids);
      return accounts.map((a) =>
        a && (a.id === viewer.accountId || viewer.isOwner || (a.kind === 'staff' && colleagues.has(a.id))) ? a : null,
      );
    },
    fields: (t) => ({
      kind: t.exposeString('kind'),
      displayName: t.exposeString('displayName'),
      phone: t.exposeString('phone', { nullable: true }),
      username: t.exposeString('username', { nullable: true }),
      locale: t.exposeString('locale'),
      isOwner: t.exposeBoolean('isOwner'),
    }),
  });

  const Membership = builder.objectType(MembershipRef, {
    description: 'A staff role in one store.',
    fields: (t) => ({
      storeId: t.exposeID('storeId'),
      role: t.field({ type: Role, resolve: (m) => m.role }),
    }),
  });

  const Viewer = builder.objectType(ViewerRef, {
    description: 'The signed-in person and what they may do.',
    fields: (t) => ({
      account: t.field({
        type: Account,
        resolve: async (v, _a, ctx) => (await accountsByIds(ctx.em, [v.accountId]))[0] as IAccount,
      }),
      sessionId: t.exposeID('sessionId'),
      customerId: t.exposeID('customerId', { nullable: true }),
      isOwner: t.exposeBoolean('isOwner'),
      memberships: t.field({ type: [Membership], resolve: (v) => v.memberships }),
      sessionExpiresAt: t.field({ type: 'DateTime', resolve: (v) => v.expiresAt }),
    }),
  });

  const SignedIn = builder.objectRef<{ token: string; session: ISession; account: IAccount }>('SignedIn').implement({
    description: 'A new session. Send `token` as `Authorization: Bearer <token>` and in WebSocket connectionParams.',
    fields: (t) => ({
      token: t.exposeString('token'),
      expiresAt: t.field({ type: 'DateTime', resolve: (s) => s.session.expiresAt }),
      viewer: t.field({
        type: Viewer,
        resolve: async (s, _a, ctx) => (await viewerForToken(ctx.em, s.token)) as ViewerShape,
      }),
    }),
  });

  const CodeSent = builder.objectRef<{ phone: string; expiresAt: Date }>('SignInCodeSent').implement({
    fields: (t) => ({
      phone: t.exposeString('phone'),
      expiresAt: t.field({ type: 'DateTime', resolve: (c) => c.expiresAt }),
    }),
  });

  builder.queryField('viewer', (t) =>
    t.field({ type: Viewer, nullable: true, description: 'Null when not signed in.', resolve: (_r, _a, ctx) => ctx.viewer }),
  );

  const origin = (ctx: Context) => ({
    address: ctx.clientAddress,
    userAgent: (ctx as Context & { request?: Request }).request?.headers?.get?.('user-agent') ?? null,
  });

  builder.mutationField('signInWithPassword', (t) =>
    t.field({
      type: SignedIn,
      description: 'Staff sign in with username or phone and password.',
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('SignInWithPasswordInput', {
            fields: (f) => ({
              login: f.string({ required: true, validate: z.string().trim().min(1, 'Enter your username or phone.') }),
              password: f.string({ required: true, validate: z.string().min(1, 'Enter your password.') }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) =>
        signInWithPassword(ctx.em, ctx.tx, input.login.trim(), input.password, config, origin(ctx)),
    }),
  );

  builder.mutationField('requestSignInCode', (t) =>
    t.field({
      type: CodeSent,
      description: 'Sends a one-time code to a customer phone.',
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('RequestSignInCodeInput', {
            fields: (f) => ({ phone: f.string({ required: true, validate: phone }) }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => requestSignInCode(ctx.em, ctx.tx, input.phone.trim(), config, origin(ctx)),
    }),
  );

  builder.mutationField('signInWithCode', (t) =>
    t.field({
      type: SignedIn,
      description: 'Customers sign in with phone and one-time code; the first sign-in creates the account.',
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('SignInWithCodeInput', {
            fields: (f) => ({
              phone: f.string({ required: true, validate: phone }),
              code: f.string({ required: true, validate: z.string().regex(/^[0-9]{6}$/, 'The code has 6 digits.') }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => signInWithCode(ctx.em, ctx.tx, input.phone.trim(), input.code, config, origin(ctx)),
    }),
  );

  builder.mutationField('setMyLocale', (t) =>
    t.field({
      type: AccountRef,
      description: 'The language the server words its own texts in for the viewer (timeline entries, notices, call records).',
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('SetMyLocaleInput', {
            fields: (f) => ({ locale: f.string({ required: true, description: `One of ${LOCALES.join(', ')}.` }) }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        const viewer = ctx.viewer;
        if (!viewer) throw new NotAllowedError('You are not signed in.');
        if (!isLocale(input.locale)) throw new InvalidInputError(`Languages: ${LOCALES.join(', ')}.`, 'locale');
        const locale = input.locale;
        return ctx.tx((tx) => setLocale(tx, viewer.accountId, locale));
      },
    }),
  );

  builder.mutationField('signOut', (t) =>
    t.field({
      type: DoneRef,
      description: 'Ends the current session; its open WebSockets are closed.',
      errors: {},
      resolve: async (_r, _a, ctx) => {
        const viewer = ctx.viewer;
        if (!viewer) throw new NotAllowedError('You are not signed in.');
        return ctx.tx(async (tx) => ({ ok: await revokeSession(tx, viewer.sessionId, viewer.accountId) }));
      },
    }),
  );
}
