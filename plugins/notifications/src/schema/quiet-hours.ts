import { type Builder, hasStoreRole, NotAllowedError } from '@lacewire/core';
import { StoreRef } from '@lacewire/plugin-stores';
import { z } from 'zod';
import { quietHoursOf, setQuietHours } from '../services.ts';

const hhmm = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'Use 24-hour HH:MM.');

/** When a store's non-urgent notifications wait. */
export function quietHoursSchema(builder: Builder) {
  const Quiet = builder.objectRef<{ starts: string; ends: string; enabled: boolean }>('QuietHours').implement({
    description: 'Non-urgent notifications wait until quiet hours end (store time zone).',
    fields: (t) => ({ starts: t.exposeString('starts'), ends: t.exposeString('ends'), enabled: t.exposeBoolean('enabled') }),
  });

  builder.objectField(StoreRef, 'quietHours', (t) =>
    t.field({ type: Quiet, authScopes: (s) => ({ storeStaff: s.id }), resolve: (s, _a, ctx) => quietHoursOf(ctx.em, s.id) }),
  );

  builder.mutationField('setQuietHours', (t) =>
    t.field({
      type: Quiet,
      description: 'Store admins set when non-urgent notifications wait (store time zone; may wrap midnight).',
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('SetQuietHoursInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: StoreRef }),
              starts: f.string({ required: true, validate: hhmm }),
              ends: f.string({ required: true, validate: hhmm }),
              enabled: f.boolean({ required: true }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        const { storeId, ...hours } = input;
        if (!hasStoreRole(ctx.viewer, storeId.id, ['storeAdmin'])) throw new NotAllowedError();
        return ctx.tx((tx) => setQuietHours(tx, storeId.id, hours));
      },
    }),
  );
}
