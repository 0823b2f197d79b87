import { type Builder, NotAllowedError } from '@lacewire/core';
import type { NotificationKind } from '../kinds.ts';
import { preferences, setPreference } from '../services.ts';
import type { KindEnum } from './kind.ts';

/** A customer's choice per kind of notification. */
export function preferenceSchema(builder: Builder, Kind: KindEnum) {
  const Preference = builder
    .objectRef<{ kind: NotificationKind; enabled: boolean; optional: boolean }>('NotificationPreference')
    .implement({
      fields: (t) => ({
        kind: t.field({ type: Kind, resolve: (x) => x.kind }),
        enabled: t.exposeBoolean('enabled'),
        optional: t.exposeBoolean('optional', {
          description: 'False for notifications that need an answer (they cannot be switched off).',
        }),
      }),
    });

  builder.queryField('notificationPreferences', (t) =>
    t.field({
      type: [Preference],
      description: "The signed-in customer's choices per notification kind.",
      authScopes: { customer: true },
      resolve: (_r, _a, ctx) => preferences(ctx.em, ctx.viewer?.customerId as string),
    }),
  );

  builder.mutationField('setNotificationPreference', (t) =>
    t.field({
      type: Preference,
      description: 'A customer switches one kind of notification off or on.',
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('SetNotificationPreferenceInput', {
            fields: (f) => ({ kind: f.field({ type: Kind, required: true }), enabled: f.boolean({ required: true }) }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        const customerId = ctx.viewer?.customerId;
        if (!customerId) throw new NotAllowedError('Only customers choose their notifications.');
        return ctx.tx((tx) => setPreference(tx, customerId, input.kind, input.enabled));
      },
    }),
  );
}
