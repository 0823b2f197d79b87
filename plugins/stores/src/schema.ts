import {
  type Builder,
  hasStoreRole,
  InvalidInputError,
  idempotencyKeyInput,
  NotAllowedError,
  replayableEntity,
  staffStoreIds,
} from '@lacewire/core';
import {
  accountsByIds,
  createAccount,
  findAccountByPhone,
  grantRole,
  MembershipRef,
  membersOf,
  revokeRole,
} from '@lacewire/plugin-identity';
import { z } from 'zod';
import { type IFeatureSwitchChange, type OpeningHours, Store as StoreEntity } from './entities.ts';
import { StoreRef } from './refs.ts';
import { createStore, featureHistory, getStore, isFeatureEnabled, listStores, switchFeature, updateStore } from './services.ts';

const hhmm = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'Use 24-hour HH:MM.');
/** A store open until midnight closes at 24:00. */
const closing = z.string().regex(/^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/, 'Use 24-hour HH:MM (24:00 for midnight).');

const storeResult = replayableEntity('Store', StoreEntity);

export function storesSchema(builder: Builder) {
  const Hours = builder.objectRef<OpeningHours>('OpeningHours').implement({
    fields: (t) => ({
      weekday: t.exposeInt('weekday', { description: '0 = Sunday … 6 = Saturday' }),
      opens: t.exposeString('opens'),
      closes: t.exposeString('closes'),
    }),
  });
  const HoursInput = builder.inputType('OpeningHoursInput', {
    fields: (f) => ({
      weekday: f.int({ required: true, validate: z.number().int().min(0).max(6) }),
      opens: f.string({ required: true, validate: hhmm }),
      closes: f.string({ required: true, validate: closing }),
    }),
  });

  const FeatureState = builder
    .objectRef<{ storeId: string; name: string; enabled: boolean; description: string; defaultEnabled: boolean }>('FeatureState')
    .implement({
      description: 'A switchable capability and its state in one store.',
      fields: (t) => ({
        name: t.exposeString('name'),
        description: t.exposeString('description'),
        enabled: t.exposeBoolean('enabled'),
        defaultEnabled: t.exposeBoolean('defaultEnabled'),
      }),
    });

  const FeatureChange = builder.objectRef<IFeatureSwitchChange>('FeatureSwitchChange').implement({
    fields: (t) => ({
      feature: t.exposeString('feature'),
      enabled: t.exposeBoolean('enabled'),
      changedAt: t.field({ type: 'DateTime', resolve: (c) => c.changedAt }),
      changedBy: t.field({
        type: 'String',
        description: 'Display name of who switched it.',
        resolve: async (c, _a, ctx) => (await accountsByIds(ctx.em, [c.changedBy]))[0]?.displayName ?? '',
      }),
    }),
  });

  const StaffMember = builder
    .objectRef<{
      accountId: string;
      storeId: string;
      role: string;
      displayName: string;
      phone: string | null;
      username: string | null;
    }>('StaffMember')
    .implement({
      fields: (t) => ({
        accountId: t.exposeID('accountId'),
        displayName: t.exposeString('displayName'),
        phone: t.exposeString('phone', { nullable: true }),
        username: t.exposeString('username', { nullable: true }),
        role: t.exposeString('role'),
      }),
    });

  const Store = builder.node(StoreRef, {
    description: 'A shop. Its public details are visible to everyone (customers pick a store to book).',
    id: { resolve: (s) => s.id },
    loadMany: async (ids, ctx) => {
      const stores = await listStores(ctx.em, [...ids]);
      return ids.map((id) => stores.find((s) => s.id === id) ?? null);
    },
    fields: (t) => ({
      name: t.exposeString('name'),
      address: t.exposeString('address'),
      phone: t.exposeString('phone'),
      timeZone: t.exposeString('timeZone', { description: 'IANA zone; every time of this store is shown in it.' }),
      openingHours: t.field({ type: [Hours], resolve: (s) => s.openingHours }),
      staff: t.field({
        type: [StaffMember],
        description: 'Staff of this store (staff of the store and owners).',
        authScopes: (s) => ({ storeStaff: s.id }),
        resolve: async (s, _a, ctx) => {
          const members = await membersOf(ctx.em, s.id);
          const accounts = await accountsByIds(
            ctx.em,
            members.map((m) => m.accountId),
          );
          return members.map((m, i) => ({
            accountId: m.accountId,
            storeId: s.id,
            role: m.role,
            displayName: accounts[i]?.displayName ?? '',
            phone: accounts[i]?.phone ?? null,
            username: accounts[i]?.username ?? null,
          }));
        },
      }),
      features: t.field({
        type: [FeatureState],
        description: 'Every switchable capability and whether it is on here (store admins and owners).',
        authScopes: (s) => ({ storeRole: { storeId: s.id, roles: ['storeAdmin'] } }),
        resolve: async (s, _a, ctx) =>
          Promise.all(
            [...ctx.runtime.features].map(async ([name, def]) => ({
              storeId: s.id,
              name,
              description: def.description,
              defaultEnabled: def.defaultEnabled,
              enabled: await isFeatureEnabled(ctx.em, s.id, name, def.defaultEnabled),
            })),
          ),
      }),
      featureHistory: t.field({
        type: [FeatureChange],
        description: 'Every switch of a feature in this store, newest first.',
        authScopes: (s) => ({ storeRole: { storeId: s.id, roles: ['storeAdmin'] } }),
        args: { feature: t.arg.string({ required: false }) },
        resolve: (s, args, ctx) => featureHistory(ctx.em, s.id, args.feature),
      }),
    }),
  });

  builder.objectField(MembershipRef, 'store', (t) =>
    t.field({ type: Store, resolve: (m, _a, ctx) => getStore(ctx.em, m.storeId) }),
  );

  builder.queryField('stores', (t) =>
    t.field({
      type: [Store],
      description: 'All stores (public details); `mine` narrows to the stores the viewer works in.',
      args: { mine: t.arg.boolean({ required: false }) },
      resolve: (_r, args, ctx) => listStores(ctx.em, args.mine ? staffStoreIds(ctx.viewer) : null),
    }),
  );

  const StoreFields = (f: any) => ({
    name: f.string({ required: true, validate: z.string().trim().min(1).max(100) }),
    address: f.string({ required: true, validate: z.string().trim().min(1).max(300) }),
    phone: f.string({ required: true, validate: z.string().trim().min(3).max(30) }),
    timeZone: f.string({ required: true }),
    openingHours: f.field({ type: [HoursInput], required: true }),
  });

  builder.mutationField('createStore', (t) =>
    t.field({
      type: Store,
      errors: {},
      authScopes: { owner: true },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('CreateStoreInput', { fields: (f) => ({ ...StoreFields(f), ...idempotencyKeyInput(f) }) }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        const { idempotencyKey, ...fields } = input;
        return ctx.tx((tx) =>
          tx.once({ operation: 'createStore', key: idempotencyKey, result: storeResult }, () => createStore(tx, fields as any)),
        );
      },
    }),
  );

  builder.mutationField('updateStore', (t) =>
    t.field({
      type: Store,
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('UpdateStoreInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: Store }),
              name: f.string({ required: false, validate: z.string().trim().min(1).max(100) }),
              address: f.string({ required: false }),
              phone: f.string({ required: false }),
              timeZone: f.string({ required: false }),
              openingHours: f.field({ type: [HoursInput], required: false }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        const storeId = input.storeId.id;
        if (!hasStoreRole(ctx.viewer, storeId, ['storeAdmin'])) throw new NotAllowedError();
        const { storeId: _, ...changes } = input;
        return ctx.tx((tx) => updateStore(tx, storeId, changes as any));
      },
    }),
  );

  const RoleEnum = builder.enumType('StoreRoleInput', { values: ['clerk', 'technician', 'storeAdmin'] as const });

  builder.mutationField('addStaffMember', (t) =>
    t.field({
      type: Store,
      description: 'Creates a staff account (or uses an existing one by phone) and gives it a role in the store.',
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('AddStaffMemberInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: Store }),
              role: f.field({ type: RoleEnum, required: true }),
              displayName: f.string({ required: true, validate: z.string().trim().min(1).max(60) }),
              username: f.string({ required: false, validate: z.string().trim().min(3).max(40) }),
              phone: f.string({ required: false }),
              password: f.string({ required: false, validate: z.string().min(8, 'At least 8 characters.') }),
              ...idempotencyKeyInput(f),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        const storeId = input.storeId.id;
        if (!hasStoreRole(ctx.viewer, storeId, ['storeAdmin'])) throw new NotAllowedError();
        if (input.role === 'storeAdmin' && !ctx.viewer?.isOwner)
          throw new NotAllowedError('Only the owner appoints store admins.');
        return ctx.tx((tx) =>
          tx.once({ operation: 'addStaffMember', key: input.idempotencyKey, result: storeResult }, async () => {
            const store = await getStore(tx.em, storeId);
            const existing = input.phone ? await findAccountByPhone(tx.em, input.phone) : null;
            if (existing && existing.kind !== 'staff')
              throw new InvalidInputError('This phone belongs to a customer account.', 'phone');
            const accountId =
              existing?.id ??
              (
                await createAccount(tx, {
                  kind: 'staff',
                  displayName: input.displayName,
                  username: input.username,
                  phone: input.phone,
                  password: input.password,
                })
              ).id;
            await tx.em.flush();
            await grantRole(tx, accountId, storeId, input.role);
            return store;
          }),
        );
      },
    }),
  );

  builder.mutationField('removeStaffMember', (t) =>
    t.field({
      type: Store,
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('RemoveStaffMemberInput', {
            fields: (f) => ({ storeId: f.globalID({ required: true, for: Store }), accountId: f.id({ required: true }) }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        const storeId = input.storeId.id;
        if (!hasStoreRole(ctx.viewer, storeId, ['storeAdmin'])) throw new NotAllowedError();
        return ctx.tx(async (tx) => {
          await revokeRole(tx, String(input.accountId), storeId);
          return getStore(tx.em, storeId);
        });
      },
    }),
  );

  builder.mutationField('switchFeature', (t) =>
    t.field({
      type: [Store],
      description: 'Gray rollout: switch a capability on or off for a cohort of stores at once (owner).',
      errors: { directResult: false },
      authScopes: { owner: true },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('SwitchFeatureInput', {
            fields: (f) => ({
              storeIds: f.globalIDList({ required: true, for: Store }),
              feature: f.string({ required: true }),
              enabled: f.boolean({ required: true }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        if (!ctx.runtime.features.has(input.feature)) {
          throw new InvalidInputError(`Unknown feature "${input.feature}".`, 'feature');
        }
        const ids = input.storeIds.map((g) => g.id);
        return ctx.tx(async (tx) => {
          await switchFeature(tx, ids, input.feature, input.enabled, ctx.viewer?.accountId as string);
          return listStores(tx.em, ids);
        });
      },
    }),
  );
}
