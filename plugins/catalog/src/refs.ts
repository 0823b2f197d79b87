import { objectRef } from '@lacewire/core';
import type { ICatalogService, IMaterial } from './entities.ts';

/** The bookable/priced service type (`Service`), for plugins that list requested services. */
export const ServiceRef = objectRef<ICatalogService>('Service');
export const MaterialRef = objectRef<IMaterial>('Material');
