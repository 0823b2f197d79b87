import { exec, rows, sql } from '@lacewire/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hourOf } from './time.ts';

/** Upper bounds (ms) of the latency histogram buckets; one more bucket holds everything slower. */
export const LATENCY_BUCKETS_MS = [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000];
/** Distinct operation names kept per instance; later unknown names are counted as "(other)". */
const MAX_OPERATIONS = 500;

interface Pending {
  operation: string;
  hour: Date;
  count: number;
  sumMs: number;
  errors: number;
  buckets: number[];
}

export function bucketIndex(ms: number): number {
  const i = LATENCY_BUCKETS_MS.findIndex((bound) => ms <= bound);
  return i === -1 ? LATENCY_BUCKETS_MS.length : i;
}

/**
 * Estimates a quantile from histogram counts, interpolating linearly inside the bucket (the
 * Prometheus `histogram_quantile` way). The open last bucket is taken to end at twice the last bound.
 */
export function quantile(buckets: number[], q: number): number | null {
  const total = buckets.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const target = q * total;
  let cumulative = 0;
  for (let i = 0; i < buckets.length; i++) {
    const count = buckets[i];
    if (count > 0 && cumulative + count >= target) {
      const lower = i === 0 ? 0 : LATENCY_BUCKETS_MS[i - 1];
      const upper = i < LATENCY_BUCKETS_MS.length ? LATENCY_BUCKETS_MS[i] : LATENCY_BUCKETS_MS[LATENCY_BUCKETS_MS.length - 1] * 2;
      return lower + ((upper - lower) * (target - cumulative)) / count;
    }
    cumulative += count;
  }
  return LATENCY_BUCKETS_MS[LATENCY_BUCKETS_MS.length - 1] * 2;
}

/** API latency per GraphQL operation: collected in memory, written to the database per hour. */
export class OperationTimings {
  #pending = new Map<string, Pending>();
  #names = new Set<string>();

  record(operation: string, ms: number, failed: boolean, at = new Date()): void {
    if (!this.#names.has(operation)) {
      if (this.#names.size >= MAX_OPERATIONS) operation = '(other)';
      this.#names.add(operation);
    }
    const hour = hourOf(at);
    const key = `${operation}\u0000${hour.getTime()}`;
    let entry = this.#pending.get(key);
    if (!entry) {
      entry = { operation, hour, count: 0, sumMs: 0, errors: 0, buckets: new Array(LATENCY_BUCKETS_MS.length + 1).fill(0) };
      this.#pending.set(key, entry);
    }
    entry.count++;
    entry.sumMs += ms;
    if (failed) entry.errors++;
    entry.buckets[bucketIndex(ms)]++;
  }

  /** Adds what this instance measured since the last flush to the stored histograms. */
  async flush(em: EntityManager): Promise<void> {
    if (this.#pending.size === 0) return;
    const batch = [...this.#pending.values()];
    this.#pending = new Map();
    try {
      for (const e of batch) {
        await exec(
          em,
          sql`insert into metrics_operation_hourly (operation, hour, count, sum_ms, buckets, errors)
              values (${e.operation}, ${e.hour}, ${e.count}, ${e.sumMs}, ${e.buckets}::bigint[], ${e.errors})
              on conflict (operation, hour) do update set
                count = metrics_operation_hourly.count + excluded.count,
                sum_ms = metrics_operation_hourly.sum_ms + excluded.sum_ms,
                errors = metrics_operation_hourly.errors + excluded.errors,
                buckets = (select array_agg(coalesce(a, 0) + coalesce(b, 0) order by i)
                             from unnest(metrics_operation_hourly.buckets, excluded.buckets) with ordinality as t(a, b, i))`,
        );
      }
    } catch (error) {
      // Keep the figures for the next flush.
      for (const e of batch) {
        const key = `${e.operation}\u0000${e.hour.getTime()}`;
        const current = this.#pending.get(key);
        if (!current) this.#pending.set(key, e);
        else {
          current.count += e.count;
          current.sumMs += e.sumMs;
          current.errors += e.errors;
          current.buckets = current.buckets.map((v, i) => v + e.buckets[i]);
        }
      }
      throw error;
    }
  }
}

export interface OperationLatency {
  operation: string;
  count: number;
  errors: number;
  meanMs: number | null;
  p50Ms: number | null;
  p95Ms: number | null;
}

/** p50/p95 per operation over a range, from the stored hourly histograms (every instance). */
export async function operationLatency(em: EntityManager, from: Date, to: Date): Promise<OperationLatency[]> {
  const found = await rows<{ operation: string; count: string; sumMs: number; errors: string; buckets: string[] }>(
    em,
    sql`select operation, count, sum_ms as "sumMs", errors, buckets from metrics_operation_hourly
         where hour >= ${hourOf(from)} and hour < ${to} order by operation, hour`,
  );
  const byOperation = new Map<string, { count: number; sumMs: number; errors: number; buckets: number[] }>();
  for (const r of found) {
    const e = byOperation.get(r.operation) ?? {
      count: 0,
      sumMs: 0,
      errors: 0,
      buckets: new Array(LATENCY_BUCKETS_MS.length + 1).fill(0),
    };
    e.count += Number(r.count);
    e.sumMs += Number(r.sumMs);
    e.errors += Number(r.errors);
    r.buckets.forEach((v, i) => {
      e.buckets[i] = (e.buckets[i] ?? 0) + Number(v);
    });
    byOperation.set(r.operation, e);
  }
  return [...byOperation].map(([operation, e]) => ({
    operation,
    count: e.count,
    errors: e.errors,
    meanMs: e.count > 0 ? e.sumMs / e.count : null,
    p50Ms: quantile(e.buckets, 0.5),
    p95Ms: quantile(e.buckets, 0.95),
  }));
}
