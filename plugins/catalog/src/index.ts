import { definePlugin } from '@lacewire/core';
import { CatalogService, Material, TechnicianSkills } from './entities.ts';
import { catalogEvents } from './events.ts';
import { migrations } from './migrations.ts';
import { catalogSchema } from './schema/index.ts';
import { seedCatalog } from './seed.ts';

export { type ICatalogService, type IMaterial, SERVICE_CATEGORIES, type ServiceCategory } from './entities.ts';
export { InsufficientStockError } from './errors.ts';
export { MaterialRef, ServiceRef } from './refs.ts';
export {
  consumeMaterial,
  createMaterial,
  createService,
  getMaterial,
  getService,
  hasSkills,
  listMaterials,
  listServices,
  type MaterialInput,
  materialsByIds,
  restockMaterial,
  type ServiceInput,
  servicesByIds,
  servicesForBooking,
  setTechnicianSkills,
  technicianSkills,
} from './services.ts';

/**
 * The service catalog of each store (category, duration, price, required skills, online booking),
 * materials with stock and a low-stock alert, and technicians' skills.
 *
 *   query { node(id: "U3RvcmU6…") { ... on Store { services { id name category durationMinutes priceMinor currency } } } }
 *   mutation { restockMaterial(input: { materialId: "TWF0ZXJpYWw6…", quantity: 500 }) { ... on Material { stock low } } }
 *
 * Services for other plugins: `consumeMaterial(tx, storeId, materialId, quantity)` (emits
 * `material.lowStock` at the threshold; more than there is: InsufficientStock), `materialsByIds`,
 * `servicesForBooking`, `technicianSkills`, `hasSkills`.
 */
export const catalogPlugin = definePlugin({
  name: 'catalog',
  requires: ['identity', 'stores'],
  entities: [CatalogService, Material, TechnicianSkills],
  migrations,
  events: catalogEvents,
  schema: catalogSchema,
  seed: seedCatalog,
});
