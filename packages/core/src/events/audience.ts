import { STAFF_ROLES, type StaffRole, type Viewer } from '../viewer.ts';

/**
 * Who may see an event. Stored with the event, checked for every subscriber on every event,
 * so no subscription can hear another customer's or another store's data.
 */
export interface Audience {
  /** Accounts that see the event wherever they work (the customer, the assigned technician). */
  accounts?: string[];
  /** Staff of these stores (and owners) see the event. */
  stores?: string[];
  /** Restricts store staff to these roles; every staff role when absent. */
  roles?: StaffRole[];
}

export function canSee(viewer: Viewer | null, audience: Audience): boolean {
  if (!viewer) return false;
  if (audience.accounts?.includes(viewer.accountId)) return true;
  const stores = audience.stores ?? [];
  if (stores.length === 0) return false;
  if (viewer.isOwner) return true;
  const roles = audience.roles ?? STAFF_ROLES;
  return viewer.memberships.some((m) => stores.includes(m.storeId) && roles.includes(m.role));
}
