import { type Builder, hasStoreRole, NotAllowedError, type Types } from '@lacewire/core';
import { StoreRef } from '@lacewire/plugin-stores';
import { z } from 'zod';
import { KINDS, type NotificationKind } from '../kinds.ts';
import { listTemplates, preview, resetTemplate, saveTemplate } from '../services.ts';
import { LOCALES } from '../templates.ts';
import type { KindEnum } from './kind.ts';

const locale = z.enum(LOCALES, { message: `One of ${LOCALES.join(', ')}.` });

type Fields = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;

/** Each store's wording of each notification, per language: listed, previewed, rewritten, reset. */
export function templateSchema(builder: Builder, Kind: KindEnum) {
  const Template = builder
    .objectRef<{ storeId: string; kind: NotificationKind; locale: string; body: string; isDefault: boolean }>(
      'NotificationTemplate',
    )
    .implement({
      description: 'The wording of one notification in one language. `{{variable}}` placeholders are filled when sent.',
      fields: (t) => ({
        kind: t.field({ type: Kind, resolve: (x) => x.kind }),
        locale: t.exposeString('locale', { description: "zh-CN or en (the customer's account language)." }),
        body: t.exposeString('body'),
        isDefault: t.exposeBoolean('isDefault', { description: 'True while the store uses the built-in wording.' }),
        variables: t.stringList({ resolve: (x) => Object.keys(KINDS[x.kind].variables) }),
        urgent: t.boolean({ description: 'Sent even during quiet hours.', resolve: (x) => KINDS[x.kind].urgent }),
      }),
    });

  builder.objectField(StoreRef, 'notificationTemplates', (t) =>
    t.field({
      type: [Template],
      description: 'Every notification kind in both languages, as this store sends them (store staff).',
      authScopes: (s) => ({ storeStaff: s.id }),
      resolve: (s, _a, ctx) => listTemplates(ctx.em, s.id),
    }),
  );

  builder.queryField('notificationPreview', (t) =>
    t.string({
      description: 'A template rendered with sample values; pass `body` to preview an edit before saving.',
      args: {
        storeId: t.arg.globalID({ required: true, for: StoreRef }),
        kind: t.arg({ type: Kind, required: true }),
        locale: t.arg.string({ required: true, validate: locale }),
        body: t.arg.string({ required: false, validate: z.string().max(1000) }),
      },
      authScopes: (_r, args) => ({ storeStaff: args.storeId.id }),
      resolve: (_r, args, ctx) => preview(ctx.em, args.storeId.id, args.kind, args.locale, args.body),
    }),
  );

  /** Which template: declared once for saving and resetting. */
  const which = (f: Fields) => ({
    storeId: f.globalID({ required: true, for: StoreRef }),
    kind: f.field({ type: Kind, required: true }),
    locale: f.string({ required: true, validate: locale }),
  });
  const storeAdminOf = (viewer: Parameters<typeof hasStoreRole>[0], storeId: string) => {
    if (!hasStoreRole(viewer, storeId, ['storeAdmin'])) throw new NotAllowedError('Store admins edit notification templates.');
    return storeId;
  };

  builder.mutationField('saveNotificationTemplate', (t) =>
    t.field({
      type: Template,
      description: 'A store admin rewrites a notification for their store (per language).',
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('SaveNotificationTemplateInput', {
            fields: (f) => ({ ...which(f), body: f.string({ required: true, validate: z.string().trim().min(1).max(1000) }) }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        const storeId = storeAdminOf(ctx.viewer, input.storeId.id);
        const updatedBy = ctx.viewer?.accountId as string;
        return ctx.tx((tx) =>
          saveTemplate(tx, { storeId, kind: input.kind, locale: input.locale, body: input.body.trim(), updatedBy }),
        );
      },
    }),
  );

  builder.mutationField('resetNotificationTemplate', (t) =>
    t.field({
      type: Template,
      description: 'Back to the built-in wording.',
      errors: {},
      args: {
        input: t.arg({ required: true, type: builder.inputType('ResetNotificationTemplateInput', { fields: which }) }),
      },
      resolve: (_r, { input }, ctx) => {
        const storeId = storeAdminOf(ctx.viewer, input.storeId.id);
        return ctx.tx((tx) => resetTemplate(tx, storeId, input.kind, input.locale));
      },
    }),
  );
}
