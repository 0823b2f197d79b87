import type { Migration } from '@lacewire/core';

export const migrations: Migration[] = [
  {
    name: '0001_catalog',
    up: `
      create table catalog_service (
        id uuid primary key,
        store_id uuid not null,
        name text not null,
        category text not null,
        description text,
        duration_minutes int not null check (duration_minutes > 0),
        price_minor int not null check (price_minor >= 0),
        currency text not null default 'CNY',
        required_skills text[] not null default '{}',
        bookable_online boolean not null default true,
        active boolean not null default true,
        created_at timestamptz not null
      );
      create index catalog_service_store on catalog_service (store_id);
      create table catalog_material (
        id uuid primary key,
        store_id uuid not null,
        name text not null,
        unit text not null,
        stock int not null check (stock >= 0),
        low_stock_threshold int not null check (low_stock_threshold >= 0),
        created_at timestamptz not null
      );
      create index catalog_material_store on catalog_material (store_id);
      create table catalog_technician_skills (
        store_id uuid not null,
        account_id uuid not null,
        skills text[] not null default '{}',
        primary key (store_id, account_id)
      );`,
  },
];
// The entities' enum value sets, checked by the database too (packages/server/test/migrations.test.ts compares them).
migrations.push({
  name: '0002_entity_checks',
  up: `
    alter table catalog_service add constraint catalog_service_category_check check (category in ('cleaning', 'recolouring', 'repair', 'protection', 'authentication', 'other'));`,
});
