import type { Migration } from '../plugin.ts';

/** Tables the core itself owns: the event log (outbox), the `on`-handler cursors, idempotency keys, rate-limit counters. */
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
    // Ids from a plain sequence (no lock between writers; readers find the safe end with
    // lw_event_probe, see events/horizon.ts) and the log partitioned by week of created_at, so old
    // weeks are detached whole (events/retention.ts). An existing log becomes the first partition,
    // up to the next Monday.
    name: '0002_event_log_partitioned',
    up: `
      create sequence lw_event_seq;
      alter table lw_event rename to lw_event_legacy;
      alter index lw_event_pkey rename to lw_event_legacy_pkey;
      alter index lw_event_type_id rename to lw_event_legacy_type_id;
      create table lw_event (
        id bigint not null default nextval('lw_event_seq'),
        type text not null,
        payload jsonb not null,
        audience_accounts text[] not null default '{}',
        audience_stores text[] not null default '{}',
        audience_roles text[],
        created_at timestamptz not null default now(),
        primary key (id, created_at)
      ) partition by range (created_at);
      alter sequence lw_event_seq owned by lw_event.id;
      create index lw_event_type_id on lw_event (type, id);
      do $$
      declare
        newest bigint := (select max(id) from lw_event_legacy);
        bound timestamptz := date_trunc('week', now(), 'UTC') + interval '1 week';
      begin
        if newest is null then
          drop table lw_event_legacy;
        else
          perform setval('lw_event_seq', newest);
          alter table lw_event_legacy alter column id drop identity;
          -- Its key becomes the log's (id, created_at), built by ATTACH.
          alter table lw_event_legacy drop constraint lw_event_legacy_pkey;
          execute format('alter table lw_event_legacy add constraint lw_event_legacy_bound check (created_at < %L)', bound);
          execute format('alter table lw_event attach partition lw_event_legacy for values from (minvalue) to (%L)', bound);
        end if;
      end $$;
      -- Cursors at or above this id are still whole: every older event dropped by retention is <= it.
      create table lw_event_expiry (
        one boolean primary key default true check (one),
        through bigint not null
      );
      insert into lw_event_expiry (through) values (0);
      -- The newest id handed out, and which transactions may still hold an id up to it (see events/horizon.ts).
      create function lw_event_probe(waiting xid[], out last_id bigint, out running xid[], out still xid[])
      language plpgsql volatile as $f$
      begin
        -- Writers take their transaction id before their event id (appendEvents), so every writer
        -- holding an id <= last_id has a transaction id by now ...
        last_id := coalesce(pg_sequence_last_value('lw_event_seq'), 0);
        -- ... and, unless it has finished, is among this database's transactions read after that.
        -- (Not a snapshot's list: it leaves out transactions above the newest finished one.)
        perform pg_stat_clear_snapshot();
        running := array(select backend_xid from pg_stat_activity where datname = current_database() and backend_xid is not null);
        -- Read again: which of those, and of earlier candidates', are still running. A transaction
        -- leaves this list when it becomes visible to new snapshots (committed) or for good (aborted).
        perform pg_stat_clear_snapshot();
        still := array(
          select x from unnest(running || waiting) as x
           where x in (select backend_xid from pg_stat_activity where datname = current_database()));
      end
      $f$;`,
  },
  {
    // One claim per (account, key): the unique key is what concurrent duplicates wait on.
    name: '0003_idempotency',
    up: `
      create table lw_idempotency (
        account_id text not null,
        key text not null,
        operation text not null,
        result_type text,
        result_id text,
        created_at timestamptz not null default now(),
        primary key (account_id, key)
      );
      create index lw_idempotency_created_at on lw_idempotency (created_at);`,
  },
  {
    // Attempt counters of rate limits (rate-limit.ts): one row per limit and subject.
    name: '0004_rate_limit',
    up: `
      create table lw_rate_limit (
        key text primary key,
        hits int not null,
        window_ends timestamptz not null
      );
      create index lw_rate_limit_window_ends on lw_rate_limit (window_ends);`,
  },
];
