import { hasStoreRole, NotAllowedError, type Viewer } from '@lacewire/core';
import { z } from 'zod';

/** Store admins keep the catalog. */
export function requireAdmin(viewer: Viewer | null, storeId: string) {
  if (!hasStoreRole(viewer, storeId, ['storeAdmin'])) throw new NotAllowedError();
}

export const nameInput = z.string().trim().min(1).max(100);
export const skillsInput = z.array(z.string().trim().min(1).max(40)).max(20);
