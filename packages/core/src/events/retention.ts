import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { exec, rows, sql } from '../database/sql.ts';
import type { PluginDefinition } from '../plugin.ts';

/** Days of partitions made ahead: inserts never wait for one, and the job may miss a week of runs. */
export const PARTITION_DAYS_AHEAD = 7;
/** Shared with migrations: instances starting together, and the job, never race on the partition list. */
const PARTITIONS_LOCK = 7431001;
const DAY_MS = 86_400_000;

interface Partition {
  name: string;
  upper: Date;
  detachPending: boolean;
}

/** The event log's partitions (one per UTC day, plus a pre-partitioning `lw_event_legacy`), oldest first. */
async function partitions(em: EntityManager): Promise<Partition[]> {
  const found = await rows<{ name: string; upper: Date; pending: boolean }>(
    em,
    sql`select c.relname as name, i.inhdetachpending as pending,
               substring(pg_get_expr(c.relpartbound, c.oid) from 'TO \\(''([^'']+)''\\)')::timestamptz as upper
          from pg_inherits i join pg_class c on c.oid = i.inhrelid
         where i.inhparent = 'lw_event'::regclass
         order by upper`,
  );
  return found.map((p) => ({ name: p.name, upper: new Date(p.upper), detachPending: p.pending }));
}

const dayName = (day: Date) => `lw_event_${day.toISOString().slice(0, 10).replaceAll('-', '')}`;

/**
 * Makes the day partitions from today (UTC) to `daysAhead` days ahead that are missing. Each is
 * made as a table, then attached: ATTACH takes a lock that lets inserts and reads go on
 * (CREATE TABLE … PARTITION OF would block them all while it runs).
 */
export async function ensureEventPartitions(em: EntityManager, now = new Date(), daysAhead = PARTITION_DAYS_AHEAD) {
  await em.transactional(async (tx) => {
    await exec(tx, sql`select pg_advisory_xact_lock(${PARTITIONS_LOCK})`);
    const newest = (await partitions(tx)).at(-1)?.upper.getTime() ?? 0;
    const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
    for (let day = Math.max(today, newest); day <= today + daysAhead * DAY_MS; day += DAY_MS) {
      const from = new Date(day);
      const name = dayName(from);
      await exec(tx, sql`create table ${sql.id(name)} (like lw_event including defaults)`);
      await exec(
        tx,
        sql`alter table lw_event attach partition ${sql.id(name)}
              for values from (${sql.lit(from.toISOString())}) to (${sql.lit(new Date(day + DAY_MS).toISOString())})`,
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
 * Drops the day partitions wholly older than `keepDays`. Writers are never locked out: the
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

/**
 * The core's own job: every hour, make the partitions ahead and drop the expired ones
 * (`keepDays` null: keep every event). Runs on graphile-worker like plugins' jobs.
 */
export function eventLogJobs(keepDays: number | null, consumers: string[]): PluginDefinition {
  return {
    name: 'lw',
    jobs: {
      eventLogMaintenance: async (_payload, { runtime }) => {
        await ensureEventPartitions(runtime.em());
        if (keepDays !== null) await dropExpiredEvents(runtime.em(), { keepDays, consumers, log: runtime.log });
      },
    },
    schedules: { eventLogMaintenance: '7 * * * *' },
  };
}
