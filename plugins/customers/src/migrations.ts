import type { Migration } from '@lacewire/core';

export const migrations: Migration[] = [
  {
    name: '0001_customers',
    up: `
      create table customers_tier (
        code text primary key,
        name text not null,
        rank int not null unique,
        min_spend_minor bigint,
        min_visits int
      );
      insert into customers_tier (code, name, rank, min_spend_minor, min_visits) values
        ('regular', '普通会员', 0, null, null),
        ('silver', '银卡会员', 1, 100000, 5),
        ('gold', '金卡会员', 2, 500000, 15),
        ('vip', 'VIP 会员', 3, 2000000, 40);
      create table customers_customer (
        id uuid primary key,
        name text not null,
        phone text,
        tags text[] not null default '{}',
        preferences text[] not null default '{}',
        preferred_technician_id uuid,
        tier_code text not null references customers_tier (code) on update cascade,
        tier_manual boolean not null default false,
        lifetime_spend_minor bigint not null default 0,
        visits int not null default 0,
        created_at timestamptz not null,
        updated_at timestamptz not null
      );
      create index customers_customer_phone on customers_customer (phone);
      create index customers_customer_tags on customers_customer using gin (tags);
      create table customers_customer_store (
        customer_id uuid not null references customers_customer (id),
        store_id uuid not null,
        first_seen_at timestamptz not null,
        primary key (customer_id, store_id)
      );
      create index customers_customer_store_store on customers_customer_store (store_id, customer_id);
      create table customers_shoe (
        id uuid primary key,
        customer_id uuid not null references customers_customer (id),
        brand text not null,
        model text,
        size text,
        material text,
        colour text,
        photo_ids uuid[] not null default '{}',
        condition_notes text,
        archived boolean not null default false,
        created_at timestamptz not null,
        updated_at timestamptz not null
      );
      create index customers_shoe_customer on customers_shoe (customer_id);
      create table customers_note (
        id uuid primary key,
        customer_id uuid not null references customers_customer (id),
        store_id uuid not null,
        author_id uuid not null,
        body text not null,
        created_at timestamptz not null
      );
      create index customers_note_customer on customers_note (customer_id, created_at);`,
  },
];

// Front-desk search (services.ts, rankCustomers): trigram indexes find a phone by its last digits
// and a name by any part; "C"-collated btrees a name or phone by its start (and walk them in
// order), the reversed name's a name by its end.
migrations.push({
  name: '0002_search_indexes',
  up: `
    create extension if not exists pg_trgm;
    create index if not exists customers_customer_phone_trgm on customers_customer using gin (phone gin_trgm_ops);
    create index if not exists customers_customer_name_trgm on customers_customer using gin (name gin_trgm_ops);
    create index if not exists customers_customer_name_c on customers_customer ((name collate "C"), id);
    create index if not exists customers_customer_name_reversed on customers_customer ((reverse(name) collate "C"));
    create index if not exists customers_customer_phone_c on customers_customer ((phone collate "C"), id);`,
});
