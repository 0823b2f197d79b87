import { type Builder, hasStoreRole, NotAllowedError } from '@lacewire/core';
import { StoreRef } from '@lacewire/plugin-stores';
import { z } from 'zod';
import type { Stage } from '../pipeline.ts';
import { careSettings, configureCare } from '../services.ts';
import { fresh } from './shared.ts';
import type { CareValueTypes } from './types.ts';

/** A store's pipeline and pickup reminder settings: `Store.careSettings` and `configureCare`. */
export function settingsSchema(builder: Builder, { Category }: CareValueTypes) {
  const StageObj = builder.objectRef<Stage>('PipelineStage').implement({
    fields: (t) => ({
      key: t.exposeString('key'),
      label: t.exposeString('label'),
      categories: t.field({ type: [Category], nullable: true, resolve: (s) => s.categories }),
    }),
  });
  const Settings = builder
    .objectRef<{
      storeId: string;
      pipeline: Stage[];
      reminderAfterDays: number;
      reminderEveryDays: number;
      maxReminders: number;
    }>('CareSettings')
    .implement({
      fields: (t) => ({
        pipeline: t.field({ type: [StageObj], resolve: (s) => s.pipeline }),
        reminderAfterDays: t.exposeInt('reminderAfterDays'),
        reminderEveryDays: t.exposeInt('reminderEveryDays'),
        maxReminders: t.exposeInt('maxReminders'),
      }),
    });
  builder.objectField(StoreRef, 'careSettings', (t) =>
    t.field({
      type: Settings,
      authScopes: (s) => ({ storeStaff: s.id }),
      resolve: (s, _a, ctx) => careSettings(fresh(ctx), s.id),
    }),
  );

  const StageInput = builder.inputType('PipelineStageInput', {
    fields: (f) => ({
      key: f.string({ required: true }),
      label: f.string({ required: true, validate: z.string().trim().min(1).max(30) }),
      categories: f.field({ type: [Category], required: false, description: 'Absent: every order passes this stage.' }),
    }),
  });

  builder.mutationField('configureCare', (t) =>
    t.field({
      type: Settings,
      description: "A store admin's pipeline and pickup reminder settings. Orders already open keep their pipeline.",
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('ConfigureCareInput', {
            fields: (f) => ({
              storeId: f.globalID({ for: StoreRef, required: true }),
              pipeline: f.field({ type: [StageInput], required: false }),
              reminderAfterDays: f.int({ required: false, validate: z.number().int().min(1).max(60) }),
              reminderEveryDays: f.int({ required: false, validate: z.number().int().min(1).max(60) }),
              maxReminders: f.int({ required: false, validate: z.number().int().min(0).max(20) }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        const storeId = input.storeId.id;
        if (!hasStoreRole(ctx.viewer, storeId, ['storeAdmin'])) throw new NotAllowedError('Store admins configure the pipeline.');
        return ctx.tx((tx) =>
          configureCare(tx, storeId, {
            pipeline: input.pipeline?.map((s) => ({ key: s.key, label: s.label, categories: s.categories ?? null })),
            reminderAfterDays: input.reminderAfterDays,
            reminderEveryDays: input.reminderEveryDays,
            maxReminders: input.maxReminders,
          }),
        );
      },
    }),
  );
}
