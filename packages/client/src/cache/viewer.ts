import type { Cache } from '@urql/exchange-graphcache';
import { localId } from '../ids.ts';

/**
 * Who is signed in, as far as the cache knows it from the app's own `viewer { isOwner account { id }
 * memberships { role storeId } }` query (or `store { id }`): whether, in a store, they see only the orders they hold
 * (technicians). Undefined when the cache does not hold the viewer.
 */
export function viewerRoles(cache: Cache, storeId: string): { accountId: string; technicianOnly: boolean } | undefined {
  const viewer = cache.resolve('Query', 'viewer') as string | null | undefined;
  if (!viewer) return undefined;
  const account = cache.resolve(viewer, 'account') as string | undefined;
  const accountId = account ? (cache.resolve(account, 'id') as string | undefined) : undefined;
  const memberships = cache.resolve(viewer, 'memberships') as string[] | undefined;
  if (!accountId || !Array.isArray(memberships)) return undefined;
  if (cache.resolve(viewer, 'isOwner') === true) return { accountId: localId(accountId), technicianOnly: false };
  const inStore = (m: string) => {
    const store = cache.resolve(m, 'store') as string | undefined;
    const ids = [cache.resolve(m, 'storeId'), store && cache.resolve(store, 'id')].filter((id) => typeof id === 'string');
    return ids.some((id) => localId(id as string) === storeId);
  };
  const roles = memberships.filter(inStore).map((m) => cache.resolve(m, 'role'));
  if (roles.length === 0 || roles.some((r) => r === undefined)) return undefined;
  return { accountId: localId(accountId), technicianOnly: !roles.some((r) => r === 'clerk' || r === 'storeAdmin') };
}
