import { gql } from '@urql/core';
import type { Cache } from '@urql/exchange-graphcache';
import type { AppliedEvent, Applier, Appliers, ApplyContext } from './apply.ts';
import { edit, fieldOf } from './edit.ts';
import { type Change, entityApplier, keyOf } from './entities.ts';
import { type ListRules, listsCouldHold, placeInLists } from './lists.ts';
import { refreshStale } from './stale.ts';

/** A store's feature switches and their history, as the rollout settings show them. */
export const STORE_FEATURES = gql`
  query LacewireStoreFeatures($id: ID!) {
    node(id: $id) {
      __typename
      ... on Store {
        id
        features {
          name
          description
          enabled
          defaultEnabled
        }
        featureHistory {
          feature
          enabled
          changedAt
          changedBy
        }
      }
    }
  }
`;

/** A service as the catalog settings, intake and booking show it. */
export const SERVICE_CARD = gql`
  query LacewireService($id: ID!) {
    node(id: $id) {
      __typename
      ... on Service {
        id
        name
        description
        category
        priceMinor
        currency
        durationMinutes
        active
        bookableOnline
        requiredSkills
      }
    }
  }
`;

/** A material and its stock, as the catalog settings show it. */
export const MATERIAL_CARD = gql`
  query LacewireMaterial($id: ID!) {
    node(id: $id) {
      __typename
      ... on Material {
        id
        name
        unit
        stock
        low
        lowStockThreshold
      }
    }
  }
`;

/**
 * `store.featureSwitched`: the switch written into the store's cached features (the owner's
 * matrix, the store's own list, its `enabledFeatures`), its history fetched with the store's
 * features when it is shown.
 */
const featureSwitched: Applier = (event: AppliedEvent, cache: Cache, context: ApplyContext) => {
  const p = event.payload ?? {};
  if (!p.storeId || !p.feature || event.refetched) return;
  const store = keyOf(cache, 'Store', String(p.storeId));
  edit(cache, store, fieldOf('features'), 'name enabled', (features) =>
    Array.isArray(features) ? features.map((f) => (f.name === p.feature ? { ...f, enabled: !!p.enabled } : f)) : undefined,
  );
  // The store's switched-on features by name (the console hides what is off).
  edit(cache, store, fieldOf('enabledFeatures'), '', (names) =>
    Array.isArray(names)
      ? [...names.filter((n: string) => n !== p.feature), ...(p.enabled ? [String(p.feature)] : [])]
      : undefined,
  );
  refreshStale(cache, store, ['featureHistory'], context, () =>
    context.fetchEntity(STORE_FEATURES, { id: cache.resolve(store, 'id') }, event),
  );
};

interface Facts {
  key: string;
}
const flag = (cache: Cache, key: string, field: string) => cache.resolve(key, field) as boolean | undefined;

/** The store's services: every one with `all`, else the active ones bookable online. */
const SERVICES: ListRules<Facts> = {
  services: {
    at: 'end',
    belongs(args, s, cache) {
      if (args.all) return true;
      const active = flag(cache, s.key, 'active');
      const online = flag(cache, s.key, 'bookableOnline');
      return active === undefined || online === undefined ? undefined : active && online;
    },
  },
};

/** The store's materials, and those at or below their threshold. */
const MATERIALS: ListRules<Facts> = {
  materials: { at: 'end', belongs: () => true },
  lowStockMaterials: { at: 'end', belongs: (_args, m, cache) => flag(cache, m.key, 'low') },
};

const storeOf = (cache: Cache, event: AppliedEvent) => keyOf(cache, 'Store', String(event.payload.storeId));

const services = entityApplier({
  typename: 'Service',
  card: SERVICE_CARD,
  id: (p) => p.serviceId,
  place: (cache, key, event, placement) => placeInLists(cache, storeOf(cache, event), key, SERVICES, { key }, placement),
  couldHold: (cache, event) => listsCouldHold(cache, storeOf(cache, event), SERVICES),
});

/** Stock moves carry the new stock: written, with whether it is low when the threshold is known. */
function stockChange(event: AppliedEvent, cache: Cache, key: string): Change {
  if (typeof event.payload.stock !== 'number') return {};
  const stock = event.payload.stock;
  const threshold = (event.payload.threshold ?? cache.resolve(key, 'lowStockThreshold')) as number | undefined;
  return {
    values: { stock, low: threshold === undefined ? undefined : stock <= threshold },
    stale: threshold === undefined ? ['low'] : [],
  };
}

const materials = entityApplier({
  typename: 'Material',
  card: MATERIAL_CARD,
  id: (p) => p.materialId,
  change: stockChange,
  place: (cache, key, event, placement) => placeInLists(cache, storeOf(cache, event), key, MATERIALS, { key }, placement),
  couldHold: (cache, event) => listsCouldHold(cache, storeOf(cache, event), MATERIALS),
});

export const settingsAppliers: Appliers = {
  'store.featureSwitched': featureSwitched,
  'service.*': services,
  'material.*': materials,
};
