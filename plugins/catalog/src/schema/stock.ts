import { type Builder, defineErrorType } from '@lacewire/core';
import { StoreRef } from '@lacewire/plugin-stores';
import { InsufficientStockError } from '../errors.ts';
import { MaterialRef } from '../refs.ts';
import { lowStockMaterials } from '../services.ts';

/** Stock as the shop floor sees it: what is running low, and the failure of using more than there is. */
export function stockSchema(builder: Builder) {
  defineErrorType(builder, InsufficientStockError, {
    name: 'InsufficientStock',
    description: 'A use asks for more of a material than the store has; nothing was taken.',
    fields: (t) => ({
      materialId: t.exposeID('materialId'),
      material: t.exposeString('material', { description: "The material's name." }),
      stock: t.exposeInt('stock', { description: 'What is left, in `unit`.' }),
      unit: t.exposeString('unit'),
    }),
  });

  builder.objectField(StoreRef, 'lowStockMaterials', (t) =>
    t.field({
      type: [MaterialRef],
      description: "The store's materials at or below their low-stock threshold, the scarcest first (staff).",
      authScopes: (store) => ({ storeStaff: store.id }),
      resolve: (store, _a, ctx) => lowStockMaterials(ctx.em, store.id),
    }),
  );
}
