import { type Builder, globalId, type Viewer as ViewerShape } from '@lacewire/core';
import type { IAccount, ISession } from '../entities.ts';
import { AccountRef, MembershipRef, SessionRef, ViewerRef } from '../refs.ts';
import { accountsByIds, colleaguesAmong, ownSessions, viewerForToken } from '../services.ts';

/** Accounts, memberships, the viewer and what sign-in answers. */
export function identityTypes(builder: Builder) {
  const Role = builder.enumType('StaffRole', {
    values: { clerk: { value: 'clerk' }, technician: { value: 'technician' }, storeAdmin: { value: 'storeAdmin' } } as const,
  });

  builder.node(AccountRef, {
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

  builder.node(SessionRef, {
    description: 'A signed-in device of an account; only that account reads it.',
    id: { resolve: (s) => s.id },
    loadMany: (ids, ctx) => (ctx.viewer ? ownSessions(ctx.em, ctx.viewer.accountId, ids) : ids.map(() => null)),
    fields: (t) => ({
      createdAt: t.field({ type: 'DateTime', resolve: (s) => s.createdAt }),
      expiresAt: t.field({ type: 'DateTime', resolve: (s) => s.expiresAt }),
      revokedAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => s.revokedAt }),
      userAgent: t.exposeString('userAgent', { nullable: true }),
    }),
  });

  builder.objectType(MembershipRef, {
    description: 'A staff role in one store.',
    fields: (t) => ({
      // Identity sits below stores: it names the Store type without importing it.
      storeId: t.field({ type: 'ID', resolve: (m) => globalId('Store', m.storeId) }),
      role: t.field({ type: Role, resolve: (m) => m.role }),
    }),
  });

  builder.objectType(ViewerRef, {
    description: 'The signed-in person and what they may do.',
    fields: (t) => ({
      account: t.field({
        type: AccountRef,
        resolve: async (v, _a, ctx) => (await accountsByIds(ctx.em, [v.accountId]))[0] as IAccount,
      }),
      sessionId: t.field({ type: 'ID', resolve: (v) => globalId('Session', v.sessionId) }),
      customerId: t.field({
        type: 'ID',
        nullable: true,
        description: "The viewer's Customer (its id holds the account's): null for staff.",
        resolve: (v) => v.customerId && globalId('Customer', v.customerId),
      }),
      isOwner: t.exposeBoolean('isOwner'),
      memberships: t.field({ type: [MembershipRef], resolve: (v) => v.memberships }),
      sessionExpiresAt: t.field({ type: 'DateTime', resolve: (v) => v.expiresAt }),
    }),
  });

  const SignedIn = builder.objectRef<{ token: string; session: ISession; account: IAccount }>('SignedIn').implement({
    description: 'A new session. Send `token` as `Authorization: Bearer <token>` and in WebSocket connectionParams.',
    fields: (t) => ({
      token: t.exposeString('token'),
      expiresAt: t.field({ type: 'DateTime', resolve: (s) => s.session.expiresAt }),
      viewer: t.field({
        type: ViewerRef,
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

  return { SignedIn, CodeSent };
}
