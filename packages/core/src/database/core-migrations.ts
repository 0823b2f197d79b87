import type { Migration } from '../plugin.ts';

/** Tables the core itself owns: the event log (outbox), the `on`-handler cursors, rate-limit counters. */
export const coreMigrations: Migration[] = [
  {
    name: '0001_event_log',
    up: `
      create table lw_event (
        id bigint generated always as identity primary key,
        type text not null,
        payload jsonb not null,
        audience_accounts text[] not null default '{}',
        audience_stores text[] not null default '{}',
        audience_roles text[],
        created_at timestamptz not null default now()
      );
      create index lw_event_type_id on lw_event (type, id);
      create table lw_consumer (
        name text primary key,
        position bigint not null default 0,
        attempts int not null default 0,
        last_error text,
        retry_at timestamptz
      );
      create table lw_dead_event (
        consumer text not null,
        event_id bigint not null,
        error text not null,
        failed_at timestamptz not null default now(),
        primary key (consumer, event_id)
      );`,
  },
  {
    // Attempt counters of rate limits (rate-limit.ts): one row per limit and subject.
    name: '0002_rate_limit',
    up: `
      create table lw_rate_limit (
        key text primary key,
        hits int not null,
        window_ends timestamptz not null
      );
      create index lw_rate_limit_window_ends on lw_rate_limit (window_ends);`,
  },
];
