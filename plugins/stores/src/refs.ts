import { objectRef } from '@lacewire/core';
import type { IStore } from './entities.ts';

/** The Store type, for plugins that add fields to it or return it. */
export const StoreRef = objectRef<IStore>('Store');
