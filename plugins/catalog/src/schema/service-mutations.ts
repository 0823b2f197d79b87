import { type Builder, idempotencyKeyInput, replayableEntity } from '@lacewire/core';
import { StoreRef } from '@lacewire/plugin-stores';
import { z } from 'zod';
import { CatalogService } from '../entities.ts';
import { ServiceRef } from '../refs.ts';
import { createService, getService, type ServiceInput, updateService } from '../services.ts';
import { nameInput, requireAdmin, skillsInput } from './admin.ts';
import type { CategoryRef } from './service.ts';

const createdService = replayableEntity('Service', CatalogService);

/** The fields of a service, required on creation and each optional on update. */
function serviceFields(f: any, Category: CategoryRef, create: boolean) {
  return {
    name: f.string({ required: create, validate: nameInput }),
    category: f.field({ type: Category, required: create }),
    description: f.string({ required: false, validate: z.string().max(1000) }),
    durationMinutes: f.int({
      required: create,
      validate: z
        .number()
        .int()
        .min(5)
        .max(8 * 60),
    }),
    priceMinor: f.int({ required: create, validate: z.number().int().min(0) }),
    requiredSkills: f.stringList({ required: false, validate: skillsInput }),
    bookableOnline: f.boolean({ required: false }),
  };
}

/** `createService` and `updateService` (store admins). */
export function serviceMutations(builder: Builder, Category: CategoryRef) {
  builder.mutationField('createService', (t) =>
    t.field({
      type: ServiceRef,
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('CreateServiceInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: StoreRef }),
              ...serviceFields(f, Category, true),
              currency: f.string({ required: false, validate: z.string().regex(/^[A-Z]{3}$/) }),
              ...idempotencyKeyInput(f),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        const { storeId, idempotencyKey, ...fields } = input;
        requireAdmin(ctx.viewer, storeId.id);
        return ctx.tx((tx) =>
          tx.once({ operation: 'createService', key: idempotencyKey, result: createdService }, () =>
            createService(tx, storeId.id, fields as ServiceInput),
          ),
        );
      },
    }),
  );

  builder.mutationField('updateService', (t) =>
    t.field({
      type: ServiceRef,
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('UpdateServiceInput', {
            fields: (f) => ({
              serviceId: f.globalID({ required: true, for: ServiceRef }),
              ...serviceFields(f, Category, false),
              active: f.boolean({ required: false }),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const { serviceId, ...fields } = input;
        const service = await getService(ctx.em, serviceId.id);
        requireAdmin(ctx.viewer, service.storeId);
        return ctx.tx((tx) => updateService(tx, service.id, fields as Partial<ServiceInput>));
      },
    }),
  );
}
