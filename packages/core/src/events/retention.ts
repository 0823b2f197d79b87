import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { exec, rows, sql } from '../database/sql.ts';
import type { Runtime } from '../runtime.ts';

/** Weeks of partitions made ahead of the current one: inserts never wait for one, and the job may miss a week of runs. */
export const PARTITION_WEEKS_AHEAD = 2;
/** Shared with migrations: instances starting together, and the job, never race on the partition list. */
const PARTITIONS_LOCK = 7431001;
const DAY_MS = 86_400_000;
/**
 * One partition per week: every read of the log by id visits each partition's index, and at 90
 * days kept, 15 weekly partitions cost a read about 0.8 ms where 100 daily ones cost 3–5 ms
 * (measured on PostgreSQL 15). Retention is then exact to a week.
 */
const WEEK_MS = 7 * DAY_MS;
/** Weeks start on Monday 00:00 UTC (the epoch was a Thursday). */
const MONDAY_MS = 4 * DAY_MS;
const weekStart = (ms: number) => Math.floor((ms - MONDAY_MS) / WEEK_MS) * WEEK_MS + MONDAY_MS;

interface Partition {
  name: string;
  /** Null for the legacy partition, which starts at MINVALUE. */
  lower: Date | null;
  upper: Date;
  detachPending: boolean;
}

/** The event log's partitions (one per UTC week, plus a pre-partitioning `lw_event_legacy`), oldest first. */
async function partitions(em: EntityManager): Promise<Partition[]> {
  const found = await rows<{ name: string; lower: Date | null; upper: Date; pending: boolean }>(
    em,
    sql`select c.relname as name, i.inhdetachpending as pending,
               substring(pg_get_expr(c.relpartbound, c.oid) from 'FROM \\(''([^'']+)''\\)')::timestamptz as lower,
               substring(pg_get_expr(c.relpartbound, c.oid) from 'TO \\(''([^'']+)''\\)')::timestamptz as upper
          from pg_inherits i join pg_class c on c.oid = i.inhrelid
         where i.inhparent = 'lw_event'::regclass
         order by upper`,
  );
  return found.map((p) => ({
    name: p.name,
    lower: p.lower ? new Date(p.lower) : null,
    upper: new Date(p.upper),
    detachPending: p.pending,
  }));
}

/** `lw_event_w20261130`: the week starting on that Monday. */
export const weekName = (start: Date) => `lw_event_w${start.toISOString().slice(0, 10).replaceAll('-', '')}`;

/**
 * Makes the missing week partitions, from the week of `since` (default: this week, UTC) to
 * `weeksAhead` weeks ahead; `since` in the past is for a seed laying down history (clock.ts). Each
 * is made as a table, then attached: ATTACH takes a lock that lets inserts and reads go on
 * (CREATE TABLE … PARTITION OF would block them all while it runs).
 */
export async function ensureEventPartitions(
  em: EntityManager,
  now = new Date(),
  weeksAhead = PARTITION_WEEKS_AHEAD,
  since = now,
) {
  await em.transactional(async (tx) => {
    await exec(tx, sql`select pg_advisory_xact_lock(${PARTITIONS_LOCK})`);
    const existing = await partitions(tx);
    const covered = (week: number) =>
      existing.some((p) => (p.lower?.getTime() ?? Number.NEGATIVE_INFINITY) <= week && week < p.upper.getTime());
    const thisWeek = weekStart(now.getTime());
    for (
      let week = weekStart(Math.min(since.getTime(), now.getTime()));
      week <= thisWeek + weeksAhead * WEEK_MS;
      week += WEEK_MS
    ) {
      if (covered(week)) continue;
      const from = new Date(week);
      const name = weekName(from);
      await exec(tx, sql`create table ${sql.id(name)} (like lw_event including defaults)`);
      await exec(
        tx,
        sql`alter table lw_event attach partition ${sql.id(name)}
              for values from (${sql.lit(from.toISOString())}) to (${sql.lit(new Date(week + WEEK_MS).toISOString())})`,
      );
    }
  });
}

/** Cursors below this id are expired: events after them were dropped. */
export async function expiredThrough(em: EntityManager): Promise<bigint> {
  const [row] = await rows<{ through: string }>(em, sql`select through from lw_event_expiry`);
  return BigInt(row?.through ?? 0);
}

/**
 * Drops the partitions wholly older than `keepDays`. Writers are never locked out: the
 * partition is detached CONCURRENTLY (it waits for the queries that may still read it), then
 * dropped. Before that, `lw_event_expiry` moves to its newest id, so a cursor older than that gets
 * CursorExpired instead of a silent gap. A partition with events an `on` handler has not handled
 * yet stays until it has (only this platform's `consumers`: a removed plugin's cursor holds nothing).
 * Returns the dropped partitions' names.
 */
export async function dropExpiredEvents(
  em: EntityManager,
  options: { keepDays: number; consumers: string[]; log: Logger; now?: Date },
): Promise<string[]> {
  const { keepDays, consumers, log, now = new Date() } = options;
  const cutoff = now.getTime() - keepDays * DAY_MS;
  const dropped: string[] = [];
  for (const partition of await partitions(em)) {
    if (partition.upper.getTime() > cutoff) break;
    const table = sql.id(partition.name);
    if (!partition.detachPending) {
      const [held] = await rows<{ newest: string | null; handled: string | null }>(
        em,
        sql`select (select max(id) from ${table}) as newest, (select min(position) from lw_consumer where name = any(${consumers}::text[])) as handled`,
      );
      if (held.newest !== null && held.handled !== null && BigInt(held.newest) > BigInt(held.handled)) {
        log.warn({ partition: partition.name }, 'event retention waits: an on-handler has not handled these events yet');
        break;
      }
      if (held.newest !== null) {
        await exec(em, sql`update lw_event_expiry set through = greatest(through, ${held.newest}::bigint)`);
      }
      await exec(em, sql`alter table lw_event detach partition ${table} concurrently`);
    } else {
      // An earlier run stopped half-way (DETACH CONCURRENTLY was cancelled): complete it.
      await exec(em, sql`alter table lw_event detach partition ${table} finalize`);
    }
    await exec(em, sql`drop table ${table}`);
    dropped.push(partition.name);
  }
  if (dropped.length > 0) log.info({ partitions: dropped, keepDays }, 'expired events dropped');
  return dropped;
}

/** Every hour: make the partitions ahead and drop the expired ones (`keepDays` null: keep every event). */
export async function maintainEventLog(runtime: Runtime, keepDays: number | null, consumers: string[]): Promise<void> {
  await ensureEventPartitions(runtime.em());
  if (keepDays !== null) await dropExpiredEvents(runtime.em(), { keepDays, consumers, log: runtime.log });
}
