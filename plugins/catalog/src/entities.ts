import { randomUUID } from 'node:crypto';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

export const SERVICE_CATEGORIES = ['cleaning', 'recolouring', 'repair', 'protection', 'authentication', 'other'] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

/** A service a store offers (deep clean, recolour, sole re-glue, …). */
export const CatalogService = defineEntity({
  name: 'CatalogService',
  tableName: 'catalog_service',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    storeId: p.uuid(),
    name: p.text(),
    category: p.enum(SERVICE_CATEGORIES),
    description: p.text().nullable(),
    durationMinutes: p.integer(),
    priceMinor: p.integer(),
    currency: p.text().default('CNY'),
    /** A technician needs every one of these skills to perform the service. */
    requiredSkills: p.array().columnType('text[]').default([]),
    bookableOnline: p.boolean().default(true),
    active: p.boolean().default(true),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type ICatalogService = InferEntity<typeof CatalogService>;

/** A consumable (dye, cleaner, glue, protective spray) with stock in a store, in whole units of `unit`. */
export const Material = defineEntity({
  name: 'Material',
  tableName: 'catalog_material',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    storeId: p.uuid(),
    name: p.text(),
    unit: p.text(),
    stock: p.integer(),
    lowStockThreshold: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type IMaterial = InferEntity<typeof Material>;

/** What a technician can do in a store (matched against services' required skills). */
export const TechnicianSkills = defineEntity({
  name: 'TechnicianSkills',
  tableName: 'catalog_technician_skills',
  properties: {
    storeId: p.uuid().primary(),
    accountId: p.uuid().primary(),
    skills: p.array().columnType('text[]').default([]),
  },
});
export type ITechnicianSkills = InferEntity<typeof TechnicianSkills>;
