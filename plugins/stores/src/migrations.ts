import type { Migration } from '@lacewire/core';

export const migrations: Migration[] = [
  {
    name: '0001_stores',
    up: `
      create table stores_store (
        id uuid primary key,
        name text not null,
        address text not null,
        phone text not null,
        time_zone text not null,
        opening_hours jsonb not null,
        created_at timestamptz not null
      );
      create table stores_feature_switch (
        store_id uuid not null references stores_store (id) deferrable initially deferred,
        feature text not null,
        enabled boolean not null,
        changed_by uuid not null,
        changed_at timestamptz not null,
        primary key (store_id, feature)
      );
      create table stores_feature_switch_change (
        id uuid primary key,
        store_id uuid not null references stores_store (id) deferrable initially deferred,
        feature text not null,
        enabled boolean not null,
        changed_by uuid not null,
        changed_at timestamptz not null
      );
      create index stores_feature_switch_change_store on stores_feature_switch_change (store_id, changed_at);`,
  },
];
