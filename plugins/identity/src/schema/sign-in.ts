import type { Builder, Context } from '@lacewire/core';
import { z } from 'zod';
import { requestSignInCode, signInWithCode, signInWithPassword } from '../services.ts';
import { identityState } from '../state.ts';
import type { identityTypes } from './types.ts';

const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9]{6,15}$/, 'Enter a phone number of 6 to 15 digits.');

/** Where a sign-in comes from: the client's address (rate limits) and user agent (the session list). */
const origin = (ctx: Context) => ({
  address: ctx.clientAddress,
  userAgent: (ctx as Context & { request?: Request }).request?.headers?.get?.('user-agent') ?? null,
});

/** Staff sign in with a password, customers with a code sent to their phone. */
export function signInMutations(builder: Builder, { SignedIn, CodeSent }: ReturnType<typeof identityTypes>) {
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
        signInWithPassword(ctx.em, ctx.tx, input.login.trim(), input.password, identityState.of(ctx.runtime).config, origin(ctx)),
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
      resolve: (_r, { input }, ctx) =>
        requestSignInCode(ctx.em, ctx.tx, input.phone.trim(), identityState.of(ctx.runtime).config, origin(ctx)),
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
      resolve: (_r, { input }, ctx) =>
        signInWithCode(ctx.em, ctx.tx, input.phone.trim(), input.code, identityState.of(ctx.runtime).config, origin(ctx)),
    }),
  );
}
