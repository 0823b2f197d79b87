import { type Builder, hasStoreRole, NotAllowedError } from '@lacewire/core';
import { StoreRef } from '@lacewire/plugin-stores';
import { z } from 'zod';
import { KINDS, NOTIFICATION_KINDS, type NotificationKind } from './kinds.ts';
import {
  listTemplates,
  preferences,
  preview,
  quietHoursOf,
  resetTemplate,
  saveTemplate,
  setPreference,
  setQuietHours,
} from './services.ts';
import { LOCALES } from './templates.ts';

const hhmm = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'Use 24-hour HH:MM.');
const locale = z.enum(LOCALES, { message: `One of ${LOCALES.join(', ')}.` });

export function notificationsSchema(builder: Builder) {
  const Kind = builder.enumType('NotificationKind', {
    description: 'A business moment the customer hears about in their conversation with the store.',
    values: NOTIFICATION_KINDS,
  });

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

  const Quiet = builder.objectRef<{ starts: string; ends: string; enabled: boolean }>('QuietHours').implement({
    description: 'Non-urgent notifications wait until quiet hours end (store time zone).',
    fields: (t) => ({ starts: t.exposeString('starts'), ends: t.exposeString('ends'), enabled: t.exposeBoolean('enabled') }),
  });

  builder.objectField(StoreRef, 'notificationTemplates', (t) =>
    t.field({
      type: [Template],
      description: 'Every notification kind in both languages, as this store sends them (store staff).',
      authScopes: (s) => ({ storeStaff: s.id }),
      resolve: (s, _a, ctx) => listTemplates(ctx.em, s.id),
    }),
  );
  builder.objectField(StoreRef, 'quietHours', (t) =>
    t.field({ type: Quiet, authScopes: (s) => ({ storeStaff: s.id }), resolve: (s, _a, ctx) => quietHoursOf(ctx.em, s.id) }),
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

  builder.queryField('notificationPreferences', (t) =>
    t.field({
      type: [Preference],
      description: "The signed-in customer's choices per notification kind.",
      authScopes: { customer: true },
      resolve: (_r, _a, ctx) => preferences(ctx.em, ctx.viewer?.customerId as string),
    }),
  );

  builder.mutationField('saveNotificationTemplate', (t) =>
    t.field({
      type: Template,
      description: 'A store admin rewrites a notification for their store (per language).',
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('SaveNotificationTemplateInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: StoreRef }),
              kind: f.field({ type: Kind, required: true }),
              locale: f.string({ required: true, validate: locale }),
              body: f.string({ required: true, validate: z.string().trim().min(1).max(1000) }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        const storeId = input.storeId.id;
        if (!hasStoreRole(ctx.viewer, storeId, ['storeAdmin']))
          throw new NotAllowedError('Store admins edit notification templates.');
        return ctx.tx((tx) =>
          saveTemplate(tx, {
            storeId,
            kind: input.kind,
            locale: input.locale,
            body: input.body.trim(),
            updatedBy: ctx.viewer?.accountId as string,
          }),
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
        input: t.arg({
          required: true,
          type: builder.inputType('ResetNotificationTemplateInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: StoreRef }),
              kind: f.field({ type: Kind, required: true }),
              locale: f.string({ required: true, validate: locale }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        const storeId = input.storeId.id;
        if (!hasStoreRole(ctx.viewer, storeId, ['storeAdmin']))
          throw new NotAllowedError('Store admins edit notification templates.');
        return ctx.tx((tx) => resetTemplate(tx, storeId, input.kind, input.locale));
      },
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
        const storeId = input.storeId.id;
        if (!hasStoreRole(ctx.viewer, storeId, ['storeAdmin'])) throw new NotAllowedError();
        return ctx.tx((tx) => setQuietHours(tx, storeId, { starts: input.starts, ends: input.ends, enabled: input.enabled }));
      },
    }),
  );
}
