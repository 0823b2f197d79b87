/** Who is asking. Built by the identity plugin's `authenticate` hook from a session token. */
export type StaffRole = 'clerk' | 'technician' | 'storeAdmin';
export type Role = 'customer' | StaffRole | 'owner';

export interface StoreMembership {
  storeId: string;
  role: StaffRole;
}

export interface Viewer {
  accountId: string;
  sessionId: string;
  displayName: string;
  /** Set for customer accounts. */
  customerId: string | null;
  /** Staff memberships; an owner has none and sees every store. */
  memberships: StoreMembership[];
  isOwner: boolean;
  locale: string;
  /** When the session ends; sockets are closed then. */
  expiresAt: Date;
}

export const STAFF_ROLES: readonly StaffRole[] = ['clerk', 'technician', 'storeAdmin'];

export function isStaff(viewer: Viewer | null): viewer is Viewer {
  return !!viewer && (viewer.isOwner || viewer.memberships.length > 0);
}

/** True when the viewer works in the store with one of the roles (owners pass every store check). */
export function hasStoreRole(viewer: Viewer | null, storeId: string, roles: readonly StaffRole[] = STAFF_ROLES): boolean {
  if (!viewer) return false;
  if (viewer.isOwner) return true;
  return viewer.memberships.some((m) => m.storeId === storeId && roles.includes(m.role));
}

/** Stores the viewer may see as staff; `null` means every store (owner). */
export function staffStoreIds(viewer: Viewer | null, roles: readonly StaffRole[] = STAFF_ROLES): string[] | null {
  if (!viewer) return [];
  if (viewer.isOwner) return null;
  return viewer.memberships.filter((m) => roles.includes(m.role)).map((m) => m.storeId);
}
