import { rows, sql } from '@lacewire/core';
import type { EntityManager } from '@mikro-orm/postgresql';

export interface AgoraMetrics {
  pushAttempts: number;
  pushSuccesses: number;
  pushRateLimited: number;
  pushLatencyP50Ms: number | null;
  pushLatencyP95Ms: number | null;
  callAttempts: number;
  callConnections: number;
  callMinutes: number;
  callAverageSeconds: number | null;
}

/**
 * Figures for the metrics plugin, from agora_push_attempt (every HTTP attempt with outcome and
 * latency) and agora_call (every call: created, connected, duration), optionally per store.
 */
export async function agoraMetrics(
  em: EntityManager,
  since: Date,
  until: Date = new Date(),
  storeId: string | null = null,
): Promise<AgoraMetrics> {
  const [push] = await rows<{ attempts: string; successes: string; limited: string; p50: number | null; p95: number | null }>(
    em,
    sql`select count(*) as attempts, count(*) filter (where a.outcome = 'sent') as successes,
               count(*) filter (where a.outcome = 'rate_limited') as limited,
               percentile_cont(0.5) within group (order by a.latency_ms) filter (where a.outcome = 'sent') as p50,
               percentile_cont(0.95) within group (order by a.latency_ms) filter (where a.outcome = 'sent') as p95
          from agora_push_attempt a join agora_push p on p.id = a.push_id
         where a.at >= ${since} and a.at < ${until} and (${storeId}::uuid is null or p.store_id = ${storeId}::uuid)`,
  );
  const [calls] = await rows<{ attempts: string; connections: string; seconds: string | null; average: number | null }>(
    em,
    sql`select count(*) as attempts, count(connected_at) as connections, sum(duration_seconds) as seconds,
               avg(duration_seconds) filter (where duration_seconds is not null) as average
          from agora_call where created_at >= ${since} and created_at < ${until} and (${storeId}::uuid is null or store_id = ${storeId}::uuid)`,
  );
  return {
    pushAttempts: Number(push.attempts),
    pushSuccesses: Number(push.successes),
    pushRateLimited: Number(push.limited),
    pushLatencyP50Ms: push.p50 == null ? null : Number(push.p50),
    pushLatencyP95Ms: push.p95 == null ? null : Number(push.p95),
    callAttempts: Number(calls.attempts),
    callConnections: Number(calls.connections),
    callMinutes: Math.round(Number(calls.seconds ?? 0) / 60),
    callAverageSeconds: calls.average == null ? null : Math.round(Number(calls.average)),
  };
}
