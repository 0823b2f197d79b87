import { type Builder, hasStoreRole, idempotencyKeyInput, NotAllowedError, replayableEntity } from '@lacewire/core';
import { StoreRef } from '@lacewire/plugin-stores';
import { z } from 'zod';
import { Material } from '../entities.ts';
import { MaterialRef } from '../refs.ts';
import { createMaterial, getMaterial, listMaterials, type MaterialInput, restockMaterial, updateMaterial } from '../services.ts';
import { nameInput, requireAdmin } from './admin.ts';

const materialResult = replayableEntity('Material', Material);
const unitInput = z.string().trim().min(1).max(10);
const countInput = z.number().int().min(0);

/** The Material node and `Store.materials` (staff of the store). */
export function materialTypes(builder: Builder) {
  builder.node(MaterialRef, {
    description: "A consumable in a store's stock (staff of the store).",
    id: { resolve: (m) => m.id },
    loadMany: async (ids, ctx) => {
      const found = await Promise.all(ids.map((id) => getMaterial(ctx.em, id).catch(() => null)));
      return found.map((m) => (m && hasStoreRole(ctx.viewer, m.storeId) ? m : null));
    },
    fields: (t) => ({
      name: t.exposeString('name'),
      unit: t.exposeString('unit', { description: 'e.g. ml, g, 支, 瓶' }),
      stock: t.exposeInt('stock'),
      lowStockThreshold: t.exposeInt('lowStockThreshold'),
      low: t.boolean({ description: 'Stock is at or below the threshold.', resolve: (m) => m.stock <= m.lowStockThreshold }),
    }),
  });
  builder.objectField(StoreRef, 'materials', (t) =>
    t.field({
      type: [MaterialRef],
      authScopes: (store) => ({ storeStaff: store.id }),
      resolve: (store, _a, ctx) => listMaterials(ctx.em, store.id),
    }),
  );
}

/** `createMaterial`, `updateMaterial` (store admins) and `restockMaterial` (clerks too). */
export function materialMutations(builder: Builder) {
  builder.mutationField('createMaterial', (t) =>
    t.field({
      type: MaterialRef,
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('CreateMaterialInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: StoreRef }),
              name: f.string({ required: true, validate: nameInput }),
              unit: f.string({ required: true, validate: unitInput }),
              stock: f.int({ required: true, validate: countInput }),
              lowStockThreshold: f.int({ required: true, validate: countInput }),
              ...idempotencyKeyInput(f),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        const { storeId, idempotencyKey, ...fields } = input;
        requireAdmin(ctx.viewer, storeId.id);
        return ctx.tx((tx) =>
          tx.once({ operation: 'createMaterial', key: idempotencyKey, result: materialResult }, () =>
            createMaterial(tx, storeId.id, fields),
          ),
        );
      },
    }),
  );

  builder.mutationField('updateMaterial', (t) =>
    t.field({
      type: MaterialRef,
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('UpdateMaterialInput', {
            fields: (f) => ({
              materialId: f.globalID({ required: true, for: MaterialRef }),
              name: f.string({ required: false, validate: nameInput }),
              unit: f.string({ required: false, validate: unitInput }),
              lowStockThreshold: f.int({ required: false, validate: countInput }),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const { materialId, ...fields } = input;
        const material = await getMaterial(ctx.em, materialId.id);
        requireAdmin(ctx.viewer, material.storeId);
        return ctx.tx((tx) => updateMaterial(tx, material.id, fields as Partial<MaterialInput>));
      },
    }),
  );

  builder.mutationField('restockMaterial', (t) =>
    t.field({
      type: MaterialRef,
      description: 'Front desk or store admin books a delivery into stock.',
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('RestockMaterialInput', {
            fields: (f) => ({
              materialId: f.globalID({ required: true, for: MaterialRef }),
              quantity: f.int({ required: true, validate: z.number().int().min(1) }),
              ...idempotencyKeyInput(f),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const material = await getMaterial(ctx.em, input.materialId.id);
        if (!hasStoreRole(ctx.viewer, material.storeId, ['storeAdmin', 'clerk'])) throw new NotAllowedError();
        // A delivery adds stock: a retried restock must not add it twice.
        return ctx.tx((tx) =>
          tx.once({ operation: 'restockMaterial', key: input.idempotencyKey, result: materialResult }, () =>
            restockMaterial(tx, material.id, input.quantity),
          ),
        );
      },
    }),
  );
}
