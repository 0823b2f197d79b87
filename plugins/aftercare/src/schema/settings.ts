import { type Builder, hasStoreRole, NotAllowedError } from '@lacewire/core';
import { StoreRef } from '@lacewire/plugin-stores';
import { z } from 'zod';
import type { DispatchRule } from '../entities.ts';
import { aftercareSettings, configureAftercare } from '../services.ts';
import { fresh } from './access.ts';
import type { ComplaintEnums } from './complaint.ts';

interface SettingsShape {
  firstResponseMinutes: number;
  resolutionMinutes: number;
  followUpDays: number;
  rules: DispatchRule[];
}

const minutesUpTo = (days: number) =>
  z
    .number()
    .int()
    .min(1)
    .max(60 * 24 * days);

/** A store's SLA targets, dispatch rules and follow-up delay: `Store.aftercareSettings` and `configureAftercare`. */
export function settingsSchema(builder: Builder, { Category, Severity }: ComplaintEnums) {
  const Settings = builder.objectRef<SettingsShape>('AftercareSettings').implement({
    fields: (t) => ({
      firstResponseMinutes: t.exposeInt('firstResponseMinutes'),
      resolutionMinutes: t.exposeInt('resolutionMinutes'),
      followUpDays: t.exposeInt('followUpDays'),
      rules: t.field({
        type: 'JSON',
        description: '[{ categories, minSeverity, assignTo }], first match wins.',
        resolve: (s) => s.rules,
      }),
    }),
  });
  builder.objectField(StoreRef, 'aftercareSettings', (t) =>
    t.field({
      type: Settings,
      authScopes: (s) => ({ storeStaff: s.id }),
      resolve: (s, _a, ctx) => aftercareSettings(fresh(ctx), s.id),
    }),
  );

  const RuleInput = builder.inputType('DispatchRuleInput', {
    fields: (f) => ({
      categories: f.field({ type: [Category], required: false }),
      minSeverity: f.field({ type: Severity, required: false }),
      assignTo: f.string({ required: true, validate: z.enum(['storeAdmin', 'technician']) }),
    }),
  });
  builder.mutationField('configureAftercare', (t) =>
    t.field({
      type: Settings,
      description: 'Store admins set SLA targets, dispatch rules and the follow-up delay.',
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('ConfigureAftercareInput', {
            fields: (f) => ({
              storeId: f.globalID({ for: StoreRef, required: true }),
              firstResponseMinutes: f.int({ required: false, validate: minutesUpTo(14) }),
              resolutionMinutes: f.int({ required: false, validate: minutesUpTo(60) }),
              followUpDays: f.int({ required: false, validate: z.number().int().min(0).max(90) }),
              rules: f.field({ type: [RuleInput], required: false }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        if (!hasStoreRole(ctx.viewer, input.storeId.id, ['storeAdmin']))
          throw new NotAllowedError('Store admins configure after-sales.');
        return ctx.tx((tx) =>
          configureAftercare(tx, input.storeId.id, {
            firstResponseMinutes: input.firstResponseMinutes,
            resolutionMinutes: input.resolutionMinutes,
            followUpDays: input.followUpDays,
            rules: input.rules?.map((r) => ({
              categories: r.categories ?? null,
              minSeverity: r.minSeverity ?? null,
              assignTo: r.assignTo as DispatchRule['assignTo'],
            })),
          }),
        );
      },
    }),
  );
}
