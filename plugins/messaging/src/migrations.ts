import type { Migration } from '@lacewire/core';

export const migrations: Migration[] = [
  {
    name: '0001_messaging',
    up: `
      create table messaging_conversation (
        id uuid primary key,
        kind text not null check (kind in ('customer', 'order', 'staffGroup', 'vip')),
        store_id uuid not null,
        customer_id uuid,
        work_order_id uuid,
        technician_id uuid,
        title text,
        assignee_id uuid,
        last_seq bigint not null default 0,
        last_message_at timestamptz,
        waiting_since timestamptz,
        last_auto_reply_at timestamptz,
        created_at timestamptz not null default now()
      );
      -- One conversation per customer and store; one thread per work order; one VIP channel per customer and store.
      create unique index messaging_conversation_customer on messaging_conversation (store_id, customer_id) where kind = 'customer';
      create unique index messaging_conversation_order on messaging_conversation (work_order_id) where kind = 'order';
      create unique index messaging_conversation_vip on messaging_conversation (store_id, customer_id) where kind = 'vip';
      create index messaging_conversation_inbox on messaging_conversation (store_id, last_message_at desc);

      create table messaging_member (
        conversation_id uuid not null references messaging_conversation (id) on delete cascade,
        account_id uuid not null,
        role text not null check (role in ('customer', 'staff', 'moderator')),
        delivered_seq bigint not null default 0,
        read_seq bigint not null default 0,
        joined_at timestamptz not null default now(),
        primary key (conversation_id, account_id)
      );
      create index messaging_member_account on messaging_member (account_id);

      create table messaging_message (
        id uuid primary key,
        conversation_id uuid not null references messaging_conversation (id) on delete cascade,
        seq bigint not null,
        sender_id uuid,
        client_message_id text,
        kind text not null check (kind in ('text', 'image', 'voice', 'file', 'call', 'system')),
        body text,
        attachment_id uuid,
        duration_seconds integer,
        link_kind text,
        link_id text,
        meta jsonb,
        internal boolean not null default false,
        recalled_at timestamptz,
        created_at timestamptz not null default now()
      );
      -- The order of a conversation, and the history index (page by sequence).
      create unique index messaging_message_seq on messaging_message (conversation_id, seq);
      -- A retried send returns the first message instead of creating a second one.
      create unique index messaging_message_client_id on messaging_message (sender_id, client_message_id);

      create table messaging_canned_reply (
        id uuid primary key,
        store_id uuid not null,
        title text not null,
        body text not null,
        created_by uuid not null,
        created_at timestamptz not null default now()
      );
      create index messaging_canned_reply_store on messaging_canned_reply (store_id, title);

      create table messaging_inbox_state (
        store_id uuid primary key,
        last_assignee_id uuid
      );

      -- Text search within a conversation (Chinese included): a trigram index when pg_trgm is
      -- available (PostgreSQL); on an embedded database without it, search still works (ILIKE scan).
      do $$
      begin
        create extension if not exists pg_trgm;
        create index messaging_message_body_trgm on messaging_message using gin (body gin_trgm_ops);
      exception when others then
        raise notice 'pg_trgm not available; message search runs without a trigram index';
      end $$;`,
  },
];
