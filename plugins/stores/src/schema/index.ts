import type { Builder } from '@lacewire/core';
import { featureSchema } from './features.ts';
import { staffMutations } from './staff.ts';
import { storeMutations } from './store-mutations.ts';
import { storeTypes } from './types.ts';

export function storesSchema(builder: Builder) {
  storeTypes(builder);
  storeMutations(builder);
  staffMutations(builder);
  featureSchema(builder);
}
