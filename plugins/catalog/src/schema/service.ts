import { type Builder, hasStoreRole, NotAllowedError } from '@lacewire/core';
import { getStore, StoreRef } from '@lacewire/plugin-stores';
import { SERVICE_CATEGORIES } from '../entities.ts';
import { ServiceRef } from '../refs.ts';
import { listServices, servicesByIds } from '../services.ts';

export type CategoryRef = ReturnType<typeof serviceTypes>;

/** The Service node (public when active and bookable online; staff see all of their store) and `Store.services`. */
export function serviceTypes(builder: Builder) {
  const Category = builder.enumType('CatalogServiceCategory', { values: SERVICE_CATEGORIES });

  builder.node(ServiceRef, {
    description: 'A service of a store. Active online-bookable services are public; staff see all of their store.',
    id: { resolve: (s) => s.id },
    loadMany: async (ids, ctx) =>
      (await servicesByIds(ctx.em, ids)).map((s) =>
        s && ((s.active && s.bookableOnline) || hasStoreRole(ctx.viewer, s.storeId)) ? s : null,
      ),
    fields: (t) => ({
      name: t.exposeString('name'),
      category: t.field({ type: Category, resolve: (s) => s.category }),
      description: t.exposeString('description', { nullable: true }),
      durationMinutes: t.exposeInt('durationMinutes'),
      priceMinor: t.exposeInt('priceMinor', { description: 'Price in minor units of `currency` (fen for CNY).' }),
      currency: t.exposeString('currency'),
      requiredSkills: t.exposeStringList('requiredSkills', { description: 'A technician needs all of them.' }),
      bookableOnline: t.exposeBoolean('bookableOnline'),
      active: t.exposeBoolean('active'),
      store: t.field({ type: StoreRef, resolve: (s, _a, ctx) => getStore(ctx.em, s.storeId) }),
    }),
  });

  builder.objectField(StoreRef, 'services', (t) =>
    t.field({
      type: [ServiceRef],
      description: 'Bookable services; `all: true` (staff) includes inactive and in-store-only ones.',
      args: { all: t.arg.boolean({ required: false }) },
      resolve: (store, args, ctx) => {
        if (args.all && !hasStoreRole(ctx.viewer, store.id)) throw new NotAllowedError();
        return listServices(ctx.em, store.id, { all: !!args.all });
      },
    }),
  );
  return Category;
}
