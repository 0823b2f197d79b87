import {
  type Builder,
  hasStoreRole,
  InvalidInputError,
  idempotencyKeyInput,
  NotAllowedError,
  replayableEntity,
} from '@lacewire/core';
import { accountsByIds, membersOf } from '@lacewire/plugin-identity';
import { getStore, StoreRef } from '@lacewire/plugin-stores';
import { z } from 'zod';
import { CatalogService, Material, SERVICE_CATEGORIES } from './entities.ts';
import { catalogEvents } from './events.ts';
import { MaterialRef, ServiceRef } from './refs.ts';
import {
  createMaterial,
  createService,
  getMaterial,
  getService,
  listMaterials,
  listServices,
  restockMaterial,
  servicesByIds,
  setTechnicianSkills,
  technicianSkills,
  updateMaterial,
  updateService,
} from './services.ts';

const name = z.string().trim().min(1).max(100);
const skills = z.array(z.string().trim().min(1).max(40)).max(20);

const createdService = replayableEntity('Service', CatalogService);
const materialResult = replayableEntity('Material', Material);

export function catalogSchema(builder: Builder) {
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

  const Technician = builder.objectRef<{ accountId: string; displayName: string; skills: string[] }>('Technician').implement({
    description: 'A technician of a store and their skills.',
    fields: (t) => ({
      accountId: t.exposeID('accountId'),
      displayName: t.exposeString('displayName'),
      skills: t.exposeStringList('skills'),
    }),
  });

  builder.objectFields(StoreRef, (t) => ({
    services: t.field({
      type: [ServiceRef],
      description: 'Bookable services; `all: true` (staff) includes inactive and in-store-only ones.',
      args: { all: t.arg.boolean({ required: false }) },
      resolve: (store, args, ctx) => {
        if (args.all && !hasStoreRole(ctx.viewer, store.id)) throw new NotAllowedError();
        return listServices(ctx.em, store.id, { all: !!args.all });
      },
    }),
    materials: t.field({
      type: [MaterialRef],
      authScopes: (store) => ({ storeStaff: store.id }),
      resolve: (store, _a, ctx) => listMaterials(ctx.em, store.id),
    }),
    technicians: t.field({
      type: [Technician],
      description: "The store's technicians with their skills (staff).",
      authScopes: (store) => ({ storeStaff: store.id }),
      resolve: async (store, _a, ctx) => {
        const techs = (await membersOf(ctx.em, store.id)).filter((m) => m.role === 'technician');
        const accounts = await accountsByIds(
          ctx.em,
          techs.map((m) => m.accountId),
        );
        const bySkill = await technicianSkills(ctx.em, store.id);
        return techs.map((m, i) => ({
          accountId: m.accountId,
          displayName: accounts[i]?.displayName ?? '',
          skills: bySkill.get(m.accountId) ?? [],
        }));
      },
    }),
  }));

  const requireAdmin = (viewer: Parameters<typeof hasStoreRole>[0], storeId: string) => {
    if (!hasStoreRole(viewer, storeId, ['storeAdmin'])) throw new NotAllowedError();
  };

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
              name: f.string({ required: true, validate: name }),
              category: f.field({ type: Category, required: true }),
              description: f.string({ required: false, validate: z.string().max(1000) }),
              durationMinutes: f.int({
                required: true,
                validate: z
                  .number()
                  .int()
                  .min(5)
                  .max(8 * 60),
              }),
              priceMinor: f.int({ required: true, validate: z.number().int().min(0) }),
              currency: f.string({ required: false, validate: z.string().regex(/^[A-Z]{3}$/) }),
              requiredSkills: f.stringList({ required: false, validate: skills }),
              bookableOnline: f.boolean({ required: false }),
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
            createService(tx, storeId.id, fields as any),
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
              name: f.string({ required: false, validate: name }),
              category: f.field({ type: Category, required: false }),
              description: f.string({ required: false, validate: z.string().max(1000) }),
              durationMinutes: f.int({
                required: false,
                validate: z
                  .number()
                  .int()
                  .min(5)
                  .max(8 * 60),
              }),
              priceMinor: f.int({ required: false, validate: z.number().int().min(0) }),
              requiredSkills: f.stringList({ required: false, validate: skills }),
              bookableOnline: f.boolean({ required: false }),
              active: f.boolean({ required: false }),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const { serviceId, ...fields } = input;
        const service = await getService(ctx.em, serviceId.id);
        requireAdmin(ctx.viewer, service.storeId);
        return ctx.tx((tx) => updateService(tx, service.id, fields as any));
      },
    }),
  );

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
              name: f.string({ required: true, validate: name }),
              unit: f.string({ required: true, validate: z.string().trim().min(1).max(10) }),
              stock: f.int({ required: true, validate: z.number().int().min(0) }),
              lowStockThreshold: f.int({ required: true, validate: z.number().int().min(0) }),
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
              name: f.string({ required: false, validate: name }),
              unit: f.string({ required: false, validate: z.string().trim().min(1).max(10) }),
              lowStockThreshold: f.int({ required: false, validate: z.number().int().min(0) }),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const { materialId, ...fields } = input;
        const material = await getMaterial(ctx.em, materialId.id);
        requireAdmin(ctx.viewer, material.storeId);
        return ctx.tx((tx) => updateMaterial(tx, material.id, fields as any));
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

  builder.mutationField('setTechnicianSkills', (t) =>
    t.field({
      type: Technician,
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('SetTechnicianSkillsInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: StoreRef }),
              accountId: f.id({ required: true }),
              skills: f.stringList({ required: true, validate: skills }),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const storeId = input.storeId.id;
        const accountId = String(input.accountId);
        requireAdmin(ctx.viewer, storeId);
        const member = (await membersOf(ctx.em, storeId)).find((m) => m.accountId === accountId && m.role === 'technician');
        if (!member) throw new InvalidInputError('Not a technician of this store.', 'accountId');
        const [account] = await accountsByIds(ctx.em, [accountId]);
        const list = await ctx.tx((tx) => setTechnicianSkills(tx, storeId, accountId, input.skills));
        return { accountId, displayName: account?.displayName ?? '', skills: list };
      },
    }),
  );

  const CatalogEvent = builder
    .objectRef<{ cursor: string; type: string; at: Date; storeId: string; materialId: string | null; serviceId: string | null }>(
      'CatalogEvent',
    )
    .implement({
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
      resolve: (e: any) => ({
        cursor: e.id,
        type: e.type,
        at: e.at,
        storeId: e.payload.storeId,
        materialId: e.payload.materialId ?? null,
        serviceId: e.payload.serviceId ?? null,
      }),
    }),
  );
}
