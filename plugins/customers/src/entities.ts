import { randomUUID } from 'node:crypto';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/** A customer. Its id IS the customer's account id (identity), so `viewer.customerId` finds it. */
export const Customer = defineEntity({
  name: 'Customer',
  tableName: 'customers_customer',
  properties: {
    id: p.uuid().primary(),
    name: p.text(),
    phone: p.text().nullable(),
    tags: p.array().columnType('text[]').default([]),
    /** Free-text care preferences, e.g. "no strong solvents on suede". */
    preferences: p.array().columnType('text[]').default([]),
    preferredTechnicianId: p.uuid().nullable(),
    tierCode: p.text(),
    /** True when a store admin set the tier by hand; automatic promotion still moves it up. */
    tierManual: p.boolean().default(false),
    lifetimeSpendMinor: p.bigint('number').defaultRaw('0'),
    visits: p.integer().default(0),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type ICustomer = InferEntity<typeof Customer>;

/** A customer became a store's customer (booked, visited or chatted there). */
export const CustomerStore = defineEntity({
  name: 'CustomerStore',
  tableName: 'customers_customer_store',
  properties: {
    customerId: p.uuid().primary(),
    storeId: p.uuid().primary(),
    firstSeenAt: p.datetime().onCreate(() => new Date()),
  },
});

/** A membership tier of the business (all stores), with the rule that promotes into it. */
export const Tier = defineEntity({
  name: 'Tier',
  tableName: 'customers_tier',
  properties: {
    code: p.text().primary(),
    name: p.text(),
    rank: p.integer(),
    /** Promote when lifetime spend reaches this (minor units, CNY); null: spend does not count. */
    minSpendMinor: p.bigint('number').nullable(),
    /** Promote when visits reach this; null: visits do not count. */
    minVisits: p.integer().nullable(),
  },
});
export type ITier = InferEntity<typeof Tier>;

/** A pair of shoes a customer brought, kept across visits. */
export const Shoe = defineEntity({
  name: 'Shoe',
  tableName: 'customers_shoe',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    customerId: p.uuid(),
    brand: p.text(),
    model: p.text().nullable(),
    size: p.text().nullable(),
    material: p.text().nullable(),
    colour: p.text().nullable(),
    /** Attachment ids (files plugin). */
    photoIds: p.array().columnType('uuid[]').default([]),
    conditionNotes: p.text().nullable(),
    archived: p.boolean().default(false),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type IShoe = InferEntity<typeof Shoe>;

/** A staff-only note about a customer, written in one store, visible to the customer's stores. */
export const CustomerNote = defineEntity({
  name: 'CustomerNote',
  tableName: 'customers_note',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    customerId: p.uuid(),
    storeId: p.uuid(),
    authorId: p.uuid(),
    body: p.text(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type ICustomerNote = InferEntity<typeof CustomerNote>;
