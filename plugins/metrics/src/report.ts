import { rows, sql } from '@lacewire/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { HOURLY_COUNTERS, type HourlyCounter } from './migrations.ts';

export type Granularity = 'hour' | 'day' | 'week';

/** Part of the aggregates: one store between two instants, with its time zone for day boundaries. */
export interface Window {
  storeId: string;
  from: Date;
  to: Date;
  timeZone: string;
}

export type Counters = Record<HourlyCounter, number>;

/** The four rollout metrics (and what they are made of) for a set of store-hours. */
export interface Figures extends Counters {
  deliveryRate: number | null;
  pushSuccessRate: number | null;
  pushLatencyMeanMs: number | null;
  callSuccessRate: number | null;
  averageResponseSeconds: number | null;
  averageFirstResponseSeconds: number | null;
  complaintRate: number | null;
  meanResolutionSeconds: number | null;
  averageOrderValueMinor: number | null;
}

export interface Bucket {
  /** Hour: ISO instant (UTC); day: local date "2026-11-25"; week: ISO week "2026-W48". */
  label: string;
  start: Date;
  figures: Figures;
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

export function figuresOf(c: Counters): Figures {
  return {
    ...c,
    deliveryRate: ratio(c.messages_delivered, c.messages_sent),
    pushSuccessRate: ratio(c.pushes_succeeded, c.pushes),
    pushLatencyMeanMs: ratio(c.push_latency_ms, c.pushes_succeeded),
    callSuccessRate: ratio(c.calls_connected, c.calls_started),
    averageResponseSeconds: ratio(c.response_seconds, c.staff_responses),
    averageFirstResponseSeconds: ratio(c.first_response_seconds, c.first_responses),
    complaintRate: ratio(c.complaints, c.orders_completed),
    meanResolutionSeconds: ratio(c.resolution_seconds, c.complaints_resolved),
    averageOrderValueMinor: ratio(c.revenue_minor, c.orders_completed),
  };
}

export function zeroCounters(): Counters {
  return Object.fromEntries(HOURLY_COUNTERS.map((c) => [c, 0])) as Counters;
}

const SUMS = sql.raw(HOURLY_COUNTERS.map((c) => `coalesce(sum(h.${c}), 0)::float8 as ${c}`).join(', '));

/** The windows as a table `w(store_id, s, e, tz)` to join with. */
export function windowsTable(windows: Window[]) {
  return sql`unnest(${windows.map((w) => w.storeId)}::uuid[], ${windows.map((w) => w.from.toISOString())}::timestamptz[],
                    ${windows.map((w) => w.to.toISOString())}::timestamptz[], ${windows.map((w) => w.timeZone)}::text[]) as w(store_id, s, e, tz)`;
}

const toCounters = (row: Record<string, unknown>) =>
  Object.fromEntries(HOURLY_COUNTERS.map((c) => [c, Number(row[c] ?? 0)])) as Counters;

/** Totals over the windows: every stored hour that starts inside a window counts. */
export async function totals(em: EntityManager, windows: Window[]): Promise<Figures> {
  if (windows.length === 0) return figuresOf(zeroCounters());
  const [row] = await rows<Record<string, unknown>>(
    em,
    sql`select ${SUMS} from metrics_hourly h join ${windowsTable(windows)} on h.store_id = w.store_id and h.hour >= w.s and h.hour < w.e`,
  );
  return figuresOf(toCounters(row ?? {}));
}

/**
 * The bucket an instant column falls in, as label and start: its UTC hour, or its local day or
 * local ISO week in the time zone of the window it was joined with (`w.tz`).
 */
export function bucketSql(granularity: Granularity, at: string) {
  const column = sql.raw(at);
  if (granularity === 'hour') {
    return {
      label: sql`to_char(date_trunc('hour', ${column}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24":00:00Z"')`,
      start: sql`min(date_trunc('hour', ${column}))`,
    };
  }
  const unit = sql.lit(granularity);
  return {
    label:
      granularity === 'day'
        ? sql`to_char(${column} at time zone w.tz, 'YYYY-MM-DD')`
        : sql`to_char(date_trunc('week', ${column} at time zone w.tz), 'IYYY-"W"IW')`,
    start: sql`min(date_trunc(${unit}, ${column} at time zone w.tz) at time zone w.tz)`,
  };
}

/** One bucket per hour (UTC), local day or local ISO week (each store's own time zone). */
export async function series(em: EntityManager, windows: Window[], granularity: Granularity): Promise<Bucket[]> {
  if (windows.length === 0) return [];
  const { label, start } = bucketSql(granularity, 'h.hour');
  const found = await rows<Record<string, unknown> & { label: string; start: Date }>(
    em,
    sql`select ${label} as label, ${start} as start, ${SUMS}
          from metrics_hourly h join ${windowsTable(windows)} on h.store_id = w.store_id and h.hour >= w.s and h.hour < w.e
         group by 1 order by 2, 1`,
  );
  return found.map((r) => ({ label: r.label, start: new Date(r.start), figures: figuresOf(toCounters(r)) }));
}

/** The hourly rows themselves (tests compare them with a recomputation from the raw log). */
export async function hourlyRows(em: EntityManager, storeIds: string[]): Promise<({ storeId: string; hour: Date } & Counters)[]> {
  const found = await rows<Record<string, unknown> & { storeId: string; hour: Date }>(
    em,
    sql`select store_id as "storeId", hour, ${sql.raw(HOURLY_COUNTERS.map((c) => `${c}::float8 as ${c}`).join(', '))}
          from metrics_hourly h where store_id = any(${storeIds}::uuid[]) order by store_id, hour`,
  );
  return found.map((r) => ({ storeId: r.storeId, hour: new Date(r.hour), ...toCounters(r) }));
}
