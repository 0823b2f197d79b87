import type { Migration } from '@lacewire/core';

/** The counters of the first migration (frozen: later counters come with their own migration). */
const FIRST_COUNTERS = [
  'messages_sent',
  'messages_delivered',
  'messages_delivered_late',
  'pushes',
  'pushes_succeeded',
  'push_attempts',
  'push_latency_ms',
  'calls_started',
  'calls_connected',
  'calls_missed',
  'calls_declined',
  'calls_cancelled',
  'calls_dropped',
  'staff_responses',
  'response_seconds',
  'first_responses',
  'first_response_seconds',
  'complaints',
  'orders_completed',
  'complaints_resolved',
  'resolution_seconds',
  'sla_breaches',
] as const;
/** Orders opened, and what picked-up orders were paid (minor units), counted when it happened. */
const BUSINESS_COUNTERS = ['orders_opened', 'revenue_minor'] as const;

/** Counter columns of metrics_hourly; every one is a sum, so hours add up to days, weeks, cohorts. */
export const HOURLY_COUNTERS = [...FIRST_COUNTERS, ...BUSINESS_COUNTERS] as const;
export type HourlyCounter = (typeof HOURLY_COUNTERS)[number];

const FRACTIONAL = new Set<HourlyCounter>(['response_seconds', 'first_response_seconds', 'resolution_seconds']);

export const migrations: Migration[] = [
  {
    name: '0001_aggregates',
    up: `
      -- One row per store and UTC hour; the hour an item is counted in is documented per column
      -- in docs/api/metrics.md (messages and calls: when sent / started).
      create table metrics_hourly (
        store_id uuid not null,
        hour timestamptz not null,
        ${FIRST_COUNTERS.map((c) => `${c} ${FRACTIONAL.has(c) ? 'double precision' : 'bigint'} not null default 0`).join(',\n        ')},
        primary key (store_id, hour)
      );
      create index metrics_hourly_hour on metrics_hourly (hour);

      -- Messages waiting for a first receipt from someone other than the sender.
      create table metrics_message (
        id uuid primary key,
        store_id uuid not null,
        conversation_id uuid not null,
        seq int not null,
        sender_id uuid,
        sent_at timestamptz not null
      );
      create index metrics_message_pending on metrics_message (conversation_id, seq);
      create index metrics_message_sent_at on metrics_message (sent_at);

      -- Receipts seen (each step of a member's delivered position), for messages handled after them.
      create table metrics_receipt (
        conversation_id uuid not null,
        account_id uuid not null,
        delivered_seq int not null,
        at timestamptz not null,
        primary key (conversation_id, account_id, delivered_seq)
      );
      create index metrics_receipt_at on metrics_receipt (at);

      -- Whether a customer is waiting for an answer in a conversation.
      create table metrics_conversation (
        id uuid primary key,
        store_id uuid not null,
        waiting_since timestamptz,
        first_customer_at timestamptz,
        first_response_at timestamptz
      );

      -- Event types are handled by separate consumers, so a call's or complaint's events can be
      -- seen in any order: each row gathers what is known, and each counter is added once
      -- (\`counted\`) when what it needs is known.
      create table metrics_call (
        id uuid primary key,
        store_id uuid not null,
        started_at timestamptz,
        joined text[] not null default '{}',
        webhook_left boolean not null default false,
        outcome text,
        counted text[] not null default '{}'
      );

      create table metrics_complaint (
        id uuid primary key,
        store_id uuid not null,
        submitted_at timestamptz,
        resolved_at timestamptz,
        counted text[] not null default '{}'
      );

      -- API latency per GraphQL operation and hour: a fixed-bucket histogram (see operations.ts).
      create table metrics_operation_hourly (
        operation text not null,
        hour timestamptz not null,
        count bigint not null default 0,
        sum_ms double precision not null default 0,
        buckets bigint[] not null,
        errors bigint not null default 0,
        primary key (operation, hour)
      );`,
  },
  {
    name: '0002_orders_revenue_labour',
    up: `
      ${BUSINESS_COUNTERS.map((c) => `alter table metrics_hourly add column ${c} bigint not null default 0;`).join('\n      ')}

      -- One row per finished care step (labour statistics): who, which service line, how long,
      -- what was used; counted at the time the step was finished.
      create table metrics_labour (
        step_id uuid primary key,
        store_id uuid not null,
        order_id uuid not null,
        technician_id uuid not null,
        service_key text,
        service_id text,
        service_name text,
        stage text not null,
        minutes int not null,
        materials jsonb not null default '[]',
        at timestamptz not null
      );
      create index metrics_labour_store_at on metrics_labour (store_id, at);`,
  },
];
