import { type Builder, DoneRef, InvalidInputError, isLocale, LOCALES, NotAllowedError } from '@lacewire/core';
import { AccountRef, ViewerRef } from '../refs.ts';
import { revokeSession, setLocale } from '../services.ts';

/** The signed-in person: who they are, their language, signing out. */
export function sessionFields(builder: Builder) {
  builder.queryField('viewer', (t) =>
    t.field({ type: ViewerRef, nullable: true, description: 'Null when not signed in.', resolve: (_r, _a, ctx) => ctx.viewer }),
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
