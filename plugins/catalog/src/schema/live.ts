import type { Builder, LoggedEvent } from '@lacewire/core';
import { StoreRef } from '@lacewire/plugin-stores';
import { catalogEvents } from '../events.ts';
import { MaterialRef, ServiceRef } from '../refs.ts';
import { getMaterial, getService } from '../services.ts';

interface Shape {
  cursor: string;
  type: string;
  at: Date;
  storeId: string;
  materialId: string | null;
  serviceId: string | null;
}

const toShape = (e: LoggedEvent): Shape => ({
  cursor: e.id,
  type: e.type,
  at: e.at,
  storeId: e.payload.storeId,
  materialId: e.payload.materialId ?? null,
  serviceId: e.payload.serviceId ?? null,
});

/** `catalogEvents`: a store's catalog changes, live, for its staff. */
export function catalogSubscription(builder: Builder) {
  const CatalogEvent = builder.objectRef<Shape>('CatalogEvent').implement({
    description: "A change to a store's services, materials or technician skills. Resume with `after: cursor`.",
    fields: (t) => ({
      cursor: t.exposeString('cursor'),
      type: t.exposeString('type', {
        description: 'service.* | material.* (lowStock, consumed, restocked, …) | technician.skillsChanged',
      }),
      at: t.field({ type: 'DateTime', resolve: (e) => e.at }),
      material: t.field({
        type: MaterialRef,
        nullable: true,
        resolve: (e, _a, ctx) => (e.materialId ? getMaterial(ctx.em, e.materialId) : null),
      }),
      service: t.field({
        type: ServiceRef,
        nullable: true,
        resolve: (e, _a, ctx) => (e.serviceId ? getService(ctx.em, e.serviceId) : null),
      }),
    }),
  });
  builder.subscriptionField('catalogEvents', (t) =>
    t.field({
      type: CatalogEvent,
      args: { storeId: t.arg.globalID({ required: true, for: StoreRef }), after: t.arg.string({ required: false }) },
      authScopes: (_r, args) => ({ storeStaff: args.storeId.id }),
      subscribe: (_r, args, ctx) =>
        ctx.runtime.subscribe(ctx.viewer, {
          after: args.after,
          types: Object.keys(catalogEvents),
          where: { storeId: args.storeId.id },
        }),
      resolve: toShape,
    }),
  );
}
