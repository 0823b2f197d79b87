import {
  type Builder,
  hasStoreRole,
  InvalidInputError,
  idempotencyKeyInput,
  isStaff,
  NotAllowedError,
  replayableEntity,
  staffStoreIds,
} from '@lacewire/core';
import { createAccount, findAccountByPhone, ViewerRef } from '@lacewire/plugin-identity';
import { listStores, StoreRef } from '@lacewire/plugin-stores';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { z } from 'zod';
import { Customer, CustomerNote, type ICustomerNote, type ITier, Shoe as ShoeEntity } from './entities.ts';
import { CustomerRef, ShoeRef, TierRef } from './refs.ts';
import {
  addCustomerNote,
  addShoe,
  canSeeCustomer,
  configureTiers,
  customerNotes,
  customerStoreIds,
  ensureCustomer,
  getCustomer,
  getShoe,
  isStaffOfCustomer,
  linkCustomerToStore,
  listTiers,
  searchCustomers,
  setCustomerTier,
  shoesByIds,
  shoesOf,
  updateCustomer,
  updateShoe,
  visibleCustomers,
} from './services.ts';

/** Tiers once per request (a page of customers shows each one's tier). */
const tierCache = new WeakMap<object, Promise<ITier[]>>();
function tiersOf(ctx: { em: Parameters<typeof listTiers>[0] }) {
  let tiers = tierCache.get(ctx);
  if (!tiers) {
    tiers = listTiers(ctx.em);
    tierCache.set(ctx, tiers);
  }
  return tiers;
}

const text = (max: number) => z.string().trim().min(1).max(max);
const list = z.array(z.string().trim().min(1).max(100)).max(50);
const registered = replayableEntity('Customer', Customer);
const addedShoe = replayableEntity('Shoe', ShoeEntity);
const addedNote = replayableEntity('CustomerNote', CustomerNote);

export function customersSchema(builder: Builder) {
  const Tier = builder.objectType(TierRef, {
    description: 'A membership tier of the business, with the rule that promotes customers into it.',
    fields: (t) => ({
      code: t.exposeString('code'),
      name: t.exposeString('name'),
      rank: t.exposeInt('rank', { description: '0 is the entry tier; higher is better.' }),
      minSpendMinor: t.field({
        type: 'Int',
        nullable: true,
        description: 'Lifetime spend (CNY minor units) that promotes into this tier.',
        resolve: (x) => x.minSpendMinor,
      }),
      minVisits: t.exposeInt('minVisits', { nullable: true, description: 'Visits that promote into this tier.' }),
    }),
  });

  const Note = builder.objectRef<ICustomerNote>('CustomerNote').implement({
    description: 'A staff-only note about a customer.',
    fields: (t) => ({
      id: t.exposeID('id'),
      body: t.exposeString('body'),
      storeId: t.exposeID('storeId'),
      authorId: t.exposeID('authorId'),
      createdAt: t.field({ type: 'DateTime', resolve: (n) => n.createdAt }),
    }),
  });

  const Shoe = builder.node(ShoeRef, {
    description: 'A pair of shoes a customer brought, kept across visits.',
    id: { resolve: (s) => s.id },
    loadMany: async (ids, ctx) => {
      const shoes = await shoesByIds(ctx.em, ids);
      return Promise.all(shoes.map(async (s) => (s && (await canSeeCustomer(ctx.em, ctx.viewer, s.customerId)) ? s : null)));
    },
    fields: (t) => ({
      brand: t.exposeString('brand'),
      model: t.exposeString('model', { nullable: true }),
      size: t.exposeString('size', { nullable: true }),
      material: t.exposeString('material', { nullable: true }),
      colour: t.exposeString('colour', { nullable: true }),
      photoIds: t.field({ type: ['ID'], description: 'Attachment ids (files plugin).', resolve: (s) => s.photoIds }),
      conditionNotes: t.exposeString('conditionNotes', { nullable: true }),
      archived: t.exposeBoolean('archived'),
      customer: t.field({ type: CustomerRef, resolve: (s, _a, ctx) => getCustomer(ctx.em, s.customerId) }),
      createdAt: t.field({ type: 'DateTime', resolve: (s) => s.createdAt }),
    }),
  });

  builder.node(CustomerRef, {
    description: 'A customer: visible to the customer, to staff of the stores they use, and to owners.',
    id: { resolve: (c) => c.id },
    loadMany: (ids, ctx) => visibleCustomers(ctx.em, ctx.viewer, ids),
    fields: (t) => ({
      name: t.exposeString('name'),
      phone: t.exposeString('phone', { nullable: true }),
      tags: t.exposeStringList('tags', { description: 'Labels staff put on the customer (e.g. 球鞋收藏, 投诉过).' }),
      preferences: t.exposeStringList('preferences', { description: 'Care preferences, e.g. "麂皮不用强溶剂".' }),
      preferredTechnicianId: t.exposeID('preferredTechnicianId', { nullable: true }),
      tier: t.field({
        type: Tier,
        resolve: async (c, _a, ctx) => (await tiersOf(ctx)).find((x) => x.code === c.tierCode) as ITier,
      }),
      tierManual: t.exposeBoolean('tierManual', { description: 'Set by a store admin rather than by the promotion rule.' }),
      lifetimeSpendMinor: t.field({ type: 'Int', description: 'CNY minor units.', resolve: (c) => c.lifetimeSpendMinor }),
      visits: t.exposeInt('visits'),
      shoes: t.field({
        type: [Shoe],
        args: { includeArchived: t.arg.boolean({ required: false }) },
        resolve: (c, args, ctx) => shoesOf(ctx.em, c.id, !!args.includeArchived),
      }),
      stores: t.field({
        type: [StoreRef],
        description: 'Stores where this customer booked, visited or chatted.',
        resolve: async (c, _a, ctx) => listStores(ctx.em, await customerStoreIds(ctx.em, c.id)),
      }),
      notes: t.field({
        type: [Note],
        description: "Staff-only notes (from the viewer's stores); empty for the customer.",
        resolve: async (c, _a, ctx) => (isStaff(ctx.viewer) ? customerNotes(ctx.em, c.id, staffStoreIds(ctx.viewer)) : []),
      }),
      createdAt: t.field({ type: 'DateTime', resolve: (c) => c.createdAt }),
    }),
  });

  builder.objectField(ViewerRef, 'customer', (t) =>
    t.field({
      type: CustomerRef,
      nullable: true,
      description: "The signed-in customer's own record; null for staff.",
      resolve: async (viewer, _a, ctx) => {
        if (!viewer.customerId) return null;
        const id = viewer.customerId;
        return (await ctx.em.findOne(Customer, { id })) ?? ctx.tx((tx) => ensureCustomer(tx, id));
      },
    }),
  );

  builder.queryField('customerTiers', (t) =>
    t.field({ type: [Tier], authScopes: { signedIn: true }, resolve: (_r, _a, ctx) => listTiers(ctx.em) }),
  );

  builder.queryField('customers', (t) =>
    t.connection({
      type: CustomerRef,
      description:
        "Staff search of their stores' customers, best match first: full phone, last digits (suffix) or start of a phone; a name exactly, by its start (one character: a surname) or any part (two characters or more); a tag.",
      authScopes: { staff: true },
      args: {
        storeId: t.arg.globalID({ required: false, for: StoreRef, description: 'One store; default every store of the viewer.' }),
        search: t.arg.string({ required: false, validate: z.string().max(100) }),
        tag: t.arg.string({ required: false }),
      },
      resolve: (_r, args, ctx) => {
        let storeIds = staffStoreIds(ctx.viewer);
        if (args.storeId) {
          if (!hasStoreRole(ctx.viewer, args.storeId.id)) throw new NotAllowedError();
          storeIds = [args.storeId.id];
        }
        return resolveOffsetConnection({ args, defaultSize: 20, maxSize: 100 }, ({ limit, offset }) =>
          searchCustomers(ctx.em, { storeIds, query: args.search, tag: args.tag }, limit, offset),
        );
      },
    }),
  );

  // ------------------------------------------------------------------ mutations

  builder.mutationField('updateMyProfile', (t) =>
    t.field({
      type: CustomerRef,
      errors: {},
      authScopes: { customer: true },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('UpdateMyProfileInput', {
            fields: (f) => ({
              name: f.string({ required: false, validate: text(60) }),
              preferences: f.stringList({ required: false, validate: list }),
              preferredTechnicianId: f.id({ required: false }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        const id = ctx.viewer?.customerId as string;
        return ctx.tx(async (tx) => {
          await ensureCustomer(tx, id);
          return updateCustomer(tx, id, {
            name: input.name,
            preferences: input.preferences,
            preferredTechnicianId:
              input.preferredTechnicianId === undefined ? undefined : (input.preferredTechnicianId as string | null),
          });
        });
      },
    }),
  );

  builder.mutationField('updateCustomer', (t) =>
    t.field({
      type: CustomerRef,
      description: 'Staff edit a customer of their store: name, tags, preferences.',
      errors: {},
      authScopes: { staff: true },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('UpdateCustomerInput', {
            fields: (f) => ({
              customerId: f.globalID({ required: true, for: CustomerRef }),
              name: f.string({ required: false, validate: text(60) }),
              tags: f.stringList({ required: false, validate: list }),
              preferences: f.stringList({ required: false, validate: list }),
              preferredTechnicianId: f.id({ required: false }),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const id = input.customerId.id;
        if (!(await isStaffOfCustomer(ctx.em, ctx.viewer, id, ['clerk', 'storeAdmin']))) throw new NotAllowedError();
        return ctx.tx((tx) =>
          updateCustomer(tx, id, {
            name: input.name,
            tags: input.tags,
            preferences: input.preferences,
            preferredTechnicianId:
              input.preferredTechnicianId === undefined ? undefined : (input.preferredTechnicianId as string | null),
          }),
        );
      },
    }),
  );

  builder.mutationField('registerCustomer', (t) =>
    t.field({
      type: CustomerRef,
      description: 'Front desk: a walk-in or phone customer; reuses the account of the phone if there is one.',
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('RegisterCustomerInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: StoreRef }),
              phone: f.string({
                required: true,
                validate: z
                  .string()
                  .trim()
                  .regex(/^\+?[0-9 -]{5,20}$/, 'A phone number.'),
              }),
              name: f.string({ required: true, validate: text(60) }),
              ...idempotencyKeyInput(f),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        const storeId = input.storeId.id;
        if (!hasStoreRole(ctx.viewer, storeId, ['clerk', 'storeAdmin'])) throw new NotAllowedError();
        return ctx.tx((tx) =>
          tx.once({ operation: 'registerCustomer', key: input.idempotencyKey, result: registered }, async () => {
            const phone = input.phone.trim();
            let account = await findAccountByPhone(tx.em, phone);
            if (account && account.kind !== 'customer')
              throw new InvalidInputError('This phone belongs to a staff account.', 'phone');
            if (!account) {
              account = await createAccount(tx, { kind: 'customer', displayName: input.name, phone });
              await tx.em.flush();
            }
            await linkCustomerToStore(tx, account.id, storeId);
            return getCustomer(tx.em, account.id);
          }),
        );
      },
    }),
  );

  const ShoeFields = (f: any, create: boolean) => ({
    brand: f.string({ required: create, validate: text(60) }),
    model: f.string({ required: false, validate: z.string().trim().max(100) }),
    size: f.string({ required: false, validate: z.string().trim().max(20) }),
    material: f.string({ required: false, validate: z.string().trim().max(60) }),
    colour: f.string({ required: false, validate: z.string().trim().max(60) }),
    photoIds: f.idList({ required: false, validate: z.array(z.string().uuid('Photo ids are attachment uuids.')).max(30) }),
    conditionNotes: f.string({ required: false, validate: z.string().trim().max(1000) }),
  });

  builder.mutationField('addShoe', (t) =>
    t.field({
      type: Shoe,
      description: 'A customer adds a pair to their own profile; staff add one for a customer of their store.',
      errors: {},
      authScopes: { signedIn: true },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('AddShoeInput', {
            fields: (f) => ({
              customerId: f.globalID({
                required: false,
                for: CustomerRef,
                description: 'Staff only; a customer adds to their own.',
              }),
              ...ShoeFields(f, true),
              ...idempotencyKeyInput(f),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const viewer = ctx.viewer;
        const customerId = input.customerId?.id ?? viewer?.customerId;
        if (!customerId) throw new InvalidInputError('Say whose shoes these are.', 'customerId');
        const own = viewer?.customerId === customerId;
        if (!own && !(await isStaffOfCustomer(ctx.em, viewer, customerId))) throw new NotAllowedError();
        return ctx.tx((tx) =>
          tx.once({ operation: 'addShoe', key: input.idempotencyKey, result: addedShoe }, async () => {
            if (own) await ensureCustomer(tx, customerId);
            const { customerId: _, idempotencyKey: __, ...fields } = input;
            return addShoe(tx, customerId, fields as any);
          }),
        );
      },
    }),
  );

  builder.mutationField('updateShoe', (t) =>
    t.field({
      type: Shoe,
      errors: {},
      authScopes: { signedIn: true },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('UpdateShoeInput', {
            fields: (f) => ({
              shoeId: f.globalID({ required: true, for: Shoe }),
              archived: f.boolean({ required: false }),
              ...ShoeFields(f, false),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const shoe = await getShoe(ctx.em, input.shoeId.id);
        const own = ctx.viewer?.customerId === shoe.customerId;
        if (!own && !(await isStaffOfCustomer(ctx.em, ctx.viewer, shoe.customerId))) throw new NotAllowedError();
        const { shoeId: _, ...fields } = input;
        return ctx.tx((tx) => updateShoe(tx, shoe.id, fields as any));
      },
    }),
  );

  builder.mutationField('addCustomerNote', (t) =>
    t.field({
      type: Note,
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('AddCustomerNoteInput', {
            fields: (f) => ({
              customerId: f.globalID({ required: true, for: CustomerRef }),
              storeId: f.globalID({ required: true, for: StoreRef }),
              body: f.string({ required: true, validate: text(2000) }),
              ...idempotencyKeyInput(f),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const customerId = input.customerId.id;
        const storeId = input.storeId.id;
        if (!hasStoreRole(ctx.viewer, storeId)) throw new NotAllowedError();
        if (!(await customerStoreIds(ctx.em, customerId)).includes(storeId))
          throw new NotAllowedError('Not a customer of this store.');
        return ctx.tx((tx) =>
          tx.once({ operation: 'addCustomerNote', key: input.idempotencyKey, result: addedNote }, () =>
            addCustomerNote(tx, customerId, storeId, ctx.viewer?.accountId as string, input.body),
          ),
        );
      },
    }),
  );

  builder.mutationField('setCustomerTier', (t) =>
    t.field({
      type: CustomerRef,
      description: "Store admin's manual override of a customer's tier.",
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('SetCustomerTierInput', {
            fields: (f) => ({ customerId: f.globalID({ required: true, for: CustomerRef }), tier: f.string({ required: true }) }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const id = input.customerId.id;
        if (!(await isStaffOfCustomer(ctx.em, ctx.viewer, id, ['storeAdmin']))) throw new NotAllowedError();
        return ctx.tx((tx) => setCustomerTier(tx, id, input.tier, ctx.viewer?.accountId as string));
      },
    }),
  );

  const TierInput = builder.inputType('CustomerTierInput', {
    fields: (f) => ({
      code: f.string({ required: true, validate: z.string().regex(/^[a-z][a-z0-9_-]{0,29}$/, 'Lower-case code, e.g. "gold".') }),
      name: f.string({ required: true, validate: text(30) }),
      minSpendMinor: f.int({ required: false, validate: z.number().int().min(0) }),
      minVisits: f.int({ required: false, validate: z.number().int().min(0) }),
    }),
  });

  builder.mutationField('configureCustomerTiers', (t) =>
    t.field({
      type: [Tier],
      description: "Owner: the business's tiers, lowest first, with their promotion rules.",
      errors: { directResult: false },
      authScopes: { owner: true },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('ConfigureCustomerTiersInput', {
            fields: (f) => ({ tiers: f.field({ type: [TierInput], required: true }) }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => ctx.tx((tx) => configureTiers(tx, input.tiers as any)),
    }),
  );
  customerSubscriptions(builder);
}

/** Live changes to customers the viewer may see (own record for a customer; their stores' customers for staff). */
export function customerSubscriptions(builder: Builder) {
  const CustomerEvent = builder
    .objectRef<{ cursor: string; type: string; at: Date; customerId: string; shoeId: string | null }>('CustomerEvent')
    .implement({
      description: 'A change to a customer. Keep `cursor` and pass it as `after` when you resubscribe.',
      fields: (t) => ({
        cursor: t.exposeString('cursor'),
        type: t.exposeString('type', {
          description:
            'customer.created | customer.updated | customer.linkedToStore | customer.tierChanged | customer.noteAdded | shoe.added | shoe.updated',
        }),
        at: t.field({ type: 'DateTime', resolve: (e) => e.at }),
        customer: t.field({
          type: CustomerRef,
          nullable: true,
          resolve: async (e, _a, ctx) => (await visibleCustomers(ctx.em, ctx.viewer, [e.customerId]))[0],
        }),
        shoe: t.field({
          type: ShoeRef,
          nullable: true,
          resolve: async (e, _a, ctx) => (e.shoeId ? ((await shoesByIds(ctx.em, [e.shoeId]))[0] ?? null) : null),
        }),
      }),
    });
  builder.subscriptionField('customerEvents', (t) =>
    t.field({
      type: CustomerEvent,
      authScopes: { signedIn: true },
      args: {
        after: t.arg.string({ required: false, description: 'Replay events after this cursor first.' }),
        customerId: t.arg.globalID({ required: false, for: CustomerRef, description: 'Only this customer.' }),
      },
      subscribe: (_r, args, ctx) =>
        ctx.runtime.subscribe(ctx.viewer, {
          after: args.after,
          types: CUSTOMER_EVENT_TYPES,
          filter: (e) => !args.customerId || e.payload.customerId === args.customerId.id,
        }),
      resolve: (e: any) => ({
        cursor: e.id,
        type: e.type,
        at: e.at,
        customerId: e.payload.customerId,
        shoeId: e.payload.shoeId ?? null,
      }),
    }),
  );
}

const CUSTOMER_EVENT_TYPES = [
  'customer.created',
  'customer.updated',
  'customer.linkedToStore',
  'customer.tierChanged',
  'customer.noteAdded',
  'shoe.added',
  'shoe.updated',
];
