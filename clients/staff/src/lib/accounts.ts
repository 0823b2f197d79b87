import { globalId, localId } from '@lacewire/client';

/**
 * The global id care and appointments take for an account (a technician), from either form the
 * console holds: a store's staff list gives account ids, orders and appointments global ones.
 * Selects and comparisons use `localId`; what is sent goes through this.
 */
export const accountGlobalId = (id: string) => globalId('Account', localId(id));
