import type { Migration } from '@lacewire/core';

export const migrations: Migration[] = [
  {
    name: '0001_notifications',
    up: `
      create table notifications_template (
        store_id uuid not null,
        kind text not null,
        locale text not null,
        body text not null,
        updated_by uuid not null,
        updated_at timestamptz not null default now(),
        primary key (store_id, kind, locale)
      );
      create table notifications_delivery (
        id bigint generated always as identity primary key,
        source_event_id bigint not null,
        kind text not null,
        store_id uuid not null,
        customer_id uuid not null,
        notice jsonb not null,
        status text not null check (status in ('sent', 'delayed', 'skipped')),
        deliver_at timestamptz not null default now(),
        message_id uuid,
        created_at timestamptz not null default now()
      );
      -- Exactly once per business event (and kind), across retries and restarts.
      create unique index notifications_delivery_source on notifications_delivery (source_event_id, kind);
      create index notifications_delivery_customer on notifications_delivery (customer_id, created_at desc);
      create table notifications_opt_out (
        customer_id uuid not null,
        kind text not null,
        created_at timestamptz not null default now(),
        primary key (customer_id, kind)
      );
      create table notifications_quiet_hours (
        store_id uuid primary key,
        starts text not null,
        ends text not null,
        enabled boolean not null default true
      );
      create table notifications_order_tag (
        order_id text primary key,
        tag_number text not null
      );`,
  },
];
