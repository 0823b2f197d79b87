import type { Cache } from '@urql/exchange-graphcache';
import type { ApplyContext } from './apply.ts';

/**
 * Fields of a cached entity that an event changed in ways its payload does not say: when a query
 * on screen shows one of them, `fetch` brings the entity with one small query (returns true);
 * otherwise they are dropped, and whoever shows them later asks the server.
 */
export function refreshStale(cache: Cache, key: string, stale: string[], context: ApplyContext, fetch: () => void): boolean {
  const fields = cache.inspectFields(key).filter((f) => stale.includes(f.fieldName));
  if (fields.some((f) => context.shows(f.fieldName))) {
    fetch();
    return true;
  }
  for (const f of fields) cache.invalidate(key, f.fieldName, f.arguments ?? undefined);
  return false;
}
