import { randomUUID } from 'node:crypto';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/** Opening hours of one weekday (0 = Sunday) in the store's time zone, "HH:MM". */
export interface OpeningHours {
  weekday: number;
  opens: string;
  closes: string;
}

export const Store = defineEntity({
  name: 'Store',
  tableName: 'stores_store',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    name: p.text(),
    address: p.text(),
    phone: p.text(),
    timeZone: p.text(),
    openingHours: p.json<OpeningHours[]>(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type IStore = InferEntity<typeof Store>;

/** Current state of a feature in a store; absent means the feature's default. */
export const FeatureSwitch = defineEntity({
  name: 'FeatureSwitch',
  tableName: 'stores_feature_switch',
  properties: {
    storeId: p.uuid().primary(),
    feature: p.text().primary(),
    enabled: p.boolean(),
    changedBy: p.uuid(),
    changedAt: p.datetime(),
  },
});

/** Every switch ever made: who, when, what. */
export const FeatureSwitchChange = defineEntity({
  name: 'FeatureSwitchChange',
  tableName: 'stores_feature_switch_change',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    storeId: p.uuid(),
    feature: p.text(),
    enabled: p.boolean(),
    changedBy: p.uuid(),
    changedAt: p.datetime().onCreate(() => new Date()),
  },
});
export type IFeatureSwitchChange = InferEntity<typeof FeatureSwitchChange>;
