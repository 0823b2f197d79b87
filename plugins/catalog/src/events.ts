import { z } from 'zod';

export const catalogEvents = {
  'service.created': z.object({ serviceId: z.string(), storeId: z.string() }),
  'service.updated': z.object({ serviceId: z.string(), storeId: z.string() }),
  'material.created': z.object({ materialId: z.string(), storeId: z.string() }),
  'material.updated': z.object({ materialId: z.string(), storeId: z.string() }),
  'material.restocked': z.object({ materialId: z.string(), storeId: z.string(), quantity: z.number(), stock: z.number() }),
  'material.consumed': z.object({ materialId: z.string(), storeId: z.string(), quantity: z.number(), stock: z.number() }),
  /** Stock fell to or below the threshold (fires once per crossing). */
  'material.lowStock': z.object({
    materialId: z.string(),
    storeId: z.string(),
    name: z.string(),
    stock: z.number(),
    threshold: z.number(),
    unit: z.string(),
  }),
  'technician.skillsChanged': z.object({ storeId: z.string(), accountId: z.string(), skills: z.array(z.string()) }),
};

type Payloads = { [K in keyof typeof catalogEvents]: z.infer<(typeof catalogEvents)[K]> };
declare module '@lacewire/core' {
  interface EventMap extends Payloads {}
}
