import { InvalidInputError, NotAllowedError, NotFoundError, type Runtime, staffStoreIds, type Viewer } from '@lacewire/core';
import { featureHistory, type IStore, listStores } from '@lacewire/plugin-stores';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Window } from './report.ts';
import { hourOf } from './time.ts';

const DAY_MS = 86_400_000;
export const MAX_RANGE_DAYS = { hour: 31, day: 400, week: 800 } as const;

/** Hours that start in [from, to) count: `from` is taken back to the start of its hour. */
export function checkRange(from: Date, to: Date, granularity: keyof typeof MAX_RANGE_DAYS) {
  if (!(to > from)) throw new InvalidInputError('`to` must be after `from`.', 'to');
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS[granularity] * DAY_MS) {
    throw new InvalidInputError(`At most ${MAX_RANGE_DAYS[granularity]} days by ${granularity}.`, 'to');
  }
  return { from: hourOf(from), to };
}

/**
 * The stores a viewer may see metrics of: owners every store, store admins their stores.
 * Asking for a store outside that is refused as a whole (nothing partial).
 */
export async function storesInScope(em: EntityManager, viewer: Viewer | null, storeIds: string[] | null): Promise<IStore[]> {
  const allowed = staffStoreIds(viewer, ['storeAdmin']);
  if (!viewer || (allowed !== null && allowed.length === 0))
    throw new NotAllowedError('Metrics are for store admins and the owner.');
  if (storeIds && storeIds.length > 0) {
    if (allowed !== null && storeIds.some((id) => !allowed.includes(id)))
      throw new NotAllowedError('You are not an admin of every one of these stores.');
    const stores = await listStores(em, [...new Set(storeIds)]);
    if (stores.length !== new Set(storeIds).size) throw new NotFoundError('One of the stores');
    return stores;
  }
  return listStores(em, allowed);
}

export function storeWindows(stores: IStore[], from: Date, to: Date): Window[] {
  return stores.map((s) => ({ storeId: s.id, from, to, timeZone: s.timeZone }));
}

/**
 * When a store was in a cohort ("feature on", or off) during [from, to), from its switch history:
 * each hour goes to the state the store was in when the hour ended (the hour of a switch counts
 * for the new state). Returns hour-aligned intervals.
 */
export function cohortIntervals(
  changes: { changedAt: Date; enabled: boolean }[],
  defaultEnabled: boolean,
  enabled: boolean,
  from: Date,
  to: Date,
): { from: Date; to: Date }[] {
  const sorted = changes.slice().sort((a, b) => a.changedAt.getTime() - b.changedAt.getTime());
  const intervals: { from: Date; to: Date }[] = [];
  let state = defaultEnabled;
  let cursor = hourOf(from);
  for (const change of sorted) {
    const switchHour = hourOf(change.changedAt);
    if (switchHour <= cursor) {
      state = change.enabled;
      continue;
    }
    if (switchHour >= to) break;
    if (state === enabled) intervals.push({ from: cursor, to: switchHour });
    cursor = switchHour;
    state = change.enabled;
  }
  if (state === enabled && cursor < to) intervals.push({ from: cursor, to });
  return intervals;
}

/** The cohort's windows over a period, store by store. A store switched mid-period counts in both cohorts, each for its own hours. */
export async function cohortWindows(
  em: EntityManager,
  runtime: Runtime,
  stores: IStore[],
  feature: string,
  enabled: boolean,
  from: Date,
  to: Date,
): Promise<Window[]> {
  const definition = runtime.features.get(feature);
  if (!definition) throw new InvalidInputError(`Unknown feature "${feature}".`, 'feature');
  const windows: Window[] = [];
  for (const store of stores) {
    const changes = await featureHistory(em, store.id, feature);
    for (const interval of cohortIntervals(changes, definition.defaultEnabled, enabled, from, to)) {
      windows.push({ storeId: store.id, ...interval, timeZone: store.timeZone });
    }
  }
  return windows;
}
