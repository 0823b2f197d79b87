import { type Builder, globalId, staffStoreIds } from '@lacewire/core';
import { accountsByIds, MembershipRef, membersOf } from '@lacewire/plugin-identity';
import type { IFeatureSwitchChange, OpeningHours } from '../entities.ts';
import { StoreRef } from '../refs.ts';
import { featureHistory, getStore, isFeatureEnabled, listStores } from '../services.ts';

interface StaffMemberShape {
  accountId: string;
  storeId: string;
  role: string;
  displayName: string;
  phone: string | null;
  username: string | null;
}

interface FeatureStateShape {
  storeId: string;
  name: string;
  enabled: boolean;
  description: string;
  defaultEnabled: boolean;
}

/** A store's staff, read through identity: who holds which role. */
function staffMemberType(builder: Builder) {
  return builder.objectRef<StaffMemberShape>('StaffMember').implement({
    fields: (t) => ({
      accountId: t.field({ type: 'ID', resolve: (m) => globalId('Account', m.accountId) }),
      displayName: t.exposeString('displayName'),
      phone: t.exposeString('phone', { nullable: true }),
      username: t.exposeString('username', { nullable: true }),
      role: t.exposeString('role'),
    }),
  });
}

/** Gray rollout as a store admin sees it: every capability's state and its history. */
function featureTypes(builder: Builder) {
  const FeatureState = builder.objectRef<FeatureStateShape>('FeatureState').implement({
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
  return { FeatureState, FeatureChange };
}

/** The Store node, its hours, staff and features; `stores` lists them. */
export function storeTypes(builder: Builder) {
  const Hours = builder.objectRef<OpeningHours>('OpeningHours').implement({
    fields: (t) => ({
      weekday: t.exposeInt('weekday', { description: '0 = Sunday … 6 = Saturday' }),
      opens: t.exposeString('opens'),
      closes: t.exposeString('closes'),
    }),
  });
  const StaffMember = staffMemberType(builder);
  const { FeatureState, FeatureChange } = featureTypes(builder);

  builder.node(StoreRef, {
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
    t.field({ type: StoreRef, resolve: (m, _a, ctx) => getStore(ctx.em, m.storeId) }),
  );

  builder.queryField('stores', (t) =>
    t.field({
      type: [StoreRef],
      description: 'All stores (public details); `mine` narrows to the stores the viewer works in.',
      args: { mine: t.arg.boolean({ required: false }) },
      resolve: (_r, args, ctx) => listStores(ctx.em, args.mine ? staffStoreIds(ctx.viewer) : null),
    }),
  );
}
