import type { Builder } from '@lacewire/core';
import { catalogSubscription } from './live.ts';
import { materialMutations, materialTypes } from './material.ts';
import { serviceTypes } from './service.ts';
import { serviceMutations } from './service-mutations.ts';
import { stockSchema } from './stock.ts';
import { technicianSchema } from './technician.ts';

export function catalogSchema(builder: Builder) {
  const Category = serviceTypes(builder);
  materialTypes(builder);
  technicianSchema(builder);
  serviceMutations(builder, Category);
  materialMutations(builder);
  catalogSubscription(builder);
  stockSchema(builder);
}
