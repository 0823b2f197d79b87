import { exec, type JobContext, rows, sql, type Tx } from '@lacewire/core';
import { backoffDelay } from '@lacewire/core/backoff';
import { type AgoraConfig, capabilities } from '../config.ts';
import { PUSH_JOB, pushJobKey } from './fanout.ts';
import type { PushLimiter } from './limiter.ts';
import { type SendOutcome, sendPeerMessage } from './rest.ts';

/** What a client receives over RTM: the event as the `events` subscription delivers it. */
export interface PushMessage {
  lw: 1;
  id: string;
  type: string;
  at: string;
  payload?: unknown;
  /** Set instead of `payload` when the event is larger than Agora's 32 KB: fetch `agoraEvent(id)`. */
  ref?: true;
}

export function pushMessage(event: { id: string; type: string; at: Date; payload: unknown }, maxBytes: number) {
  const full: PushMessage = { lw: 1, id: event.id, type: event.type, at: event.at.toISOString(), payload: event.payload };
  const text = JSON.stringify(full);
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return { text, byReference: false };
  const ref: PushMessage = { lw: 1, id: event.id, type: event.type, at: full.at, ref: true };
  return { text: JSON.stringify(ref), byReference: true };
}

interface PushRow {
  id: string;
  status: string;
  account_id: string;
  store_id: string | null;
  attempts: number;
  rtm_user_id: string;
  event_id: string;
  type: string;
  payload: unknown;
  created_at: Date;
}

async function reschedule(tx: Tx, pushId: string, delayMs: number) {
  const runAt = new Date(Date.now() + delayMs);
  await exec(tx.em, sql`update agora_push set next_attempt_at = ${runAt} where id = ${pushId}`);
  await tx.enqueue(PUSH_JOB, { pushId }, { key: pushJobKey(pushId), runAt, maxAttempts: 25 });
}

/**
 * Sends one pending push. The row is locked for the attempt, so two workers (or a duplicate job
 * after a restart) never send the same push at once, and a sent push is never sent again.
 * Failures reschedule the job with exponential backoff; 429 honours Retry-After and pauses this
 * instance; only a permanent refusal (4xx other than 408/429) marks the push failed (visible to
 * admins, retryable).
 */
export async function runPush(pushId: string, ctx: JobContext, config: AgoraConfig, limiter: PushLimiter): Promise<void> {
  await ctx.tx(async (tx) => {
    const [row] = await rows<PushRow>(
      tx.em,
      sql`select p.id, p.status, p.attempts, p.rtm_user_id, p.account_id, p.store_id, p.event_id, e.type, e.payload, e.created_at
            from agora_push p join lw_event e on e.id = p.event_id
           where p.id = ${pushId} for update of p skip locked`,
    );
    if (row?.status !== 'pending') return;
    if (!capabilities(config).push) return; // stays in the backlog until Agora is configured
    const wait = limiter.take();
    if (wait > 0) return reschedule(tx, pushId, wait);

    const message = pushMessage(
      { id: String(row.event_id), type: row.type, at: new Date(row.created_at), payload: row.payload },
      config.maxPayloadBytes,
    );
    const outcome: SendOutcome = await sendPeerMessage(config, row.rtm_user_id, message.text);
    const attempts = row.attempts + 1;
    const error = outcome.kind === 'sent' ? null : outcome.error;
    await exec(
      tx.em,
      sql`insert into agora_push_attempt (push_id, outcome, http_status, latency_ms, error)
          values (${pushId}, ${outcome.kind}, ${outcome.status}, ${outcome.latencyMs}, ${error})`,
    );
    // Final states are reported once, for the metrics plugin (audience: nobody; never pushed).
    const settled = (result: 'sent' | 'failed', latencyMs: number | null) =>
      tx.emit(
        'agora.pushSettled',
        {
          storeId: row.store_id,
          pushId: String(pushId),
          eventType: row.type,
          accountId: row.account_id,
          outcome: result,
          attempts,
          latencyMs,
        },
        { accounts: [] },
      );
    if (outcome.kind === 'sent') {
      settled('sent', outcome.latencyMs);
      await exec(
        tx.em,
        sql`update agora_push set status = 'sent', attempts = ${attempts}, sent_at = now(), last_status = ${outcome.status},
              latency_ms = ${outcome.latencyMs}, by_reference = ${message.byReference}, last_error = null where id = ${pushId}`,
      );
      return;
    }
    if (outcome.kind === 'failed') {
      settled('failed', null);
      await exec(
        tx.em,
        sql`update agora_push set status = 'failed', attempts = ${attempts}, last_error = ${error}, last_status = ${outcome.status} where id = ${pushId}`,
      );
      return;
    }
    await exec(
      tx.em,
      sql`update agora_push set attempts = ${attempts}, last_error = ${error}, last_status = ${outcome.status} where id = ${pushId}`,
    );
    let delay = backoffDelay(attempts, { baseMs: config.retryBaseMs, maxMs: config.retryMaxMs });
    if (outcome.kind === 'rate_limited') {
      delay = Math.max(delay, outcome.retryAfterMs ?? 0);
      limiter.pause(outcome.retryAfterMs ?? delay);
    }
    await reschedule(tx, pushId, delay);
  });
}

export const SWEEP_EVERY_MS = 60_000;

/** Enqueues the next sweep (one pending sweep per database, by key). */
export async function scheduleSweep(tx: Tx) {
  await tx.enqueue('agora.sweep', {}, { key: 'agora-sweep', runAt: new Date(Date.now() + SWEEP_EVERY_MS) });
}

/** Safety net (every minute): re-enqueues pushes that are overdue, whatever happened to their job. */
export async function sweepPushes(ctx: JobContext): Promise<void> {
  await ctx.tx(async (tx) => {
    await scheduleSweep(tx);
    const overdue = await rows<{ id: string }>(
      tx.em,
      sql`select id from agora_push where status = 'pending' and next_attempt_at < now() - interval '1 minute'
           order by next_attempt_at limit 1000`,
    );
    for (const { id } of overdue) {
      await exec(tx.em, sql`update agora_push set next_attempt_at = now() where id = ${id}`);
      await tx.enqueue(PUSH_JOB, { pushId: String(id) }, { key: pushJobKey(String(id)), maxAttempts: 25 });
    }
  });
}

/** Admin: failed pushes go back to pending and are sent again. */
export async function retryFailedPushes(tx: Tx): Promise<number> {
  const ids = await rows<{ id: string }>(
    tx.em,
    sql`update agora_push set status = 'pending', next_attempt_at = now(), last_error = null where status = 'failed' returning id`,
  );
  for (const { id } of ids) await tx.enqueue(PUSH_JOB, { pushId: String(id) }, { key: pushJobKey(String(id)), maxAttempts: 25 });
  return ids.length;
}

export interface PushBacklog {
  pending: number;
  failed: number;
  sent: number;
  oldestPendingAt: Date | null;
  recentFailures: {
    eventId: string;
    eventType: string;
    accountId: string;
    attempts: number;
    lastError: string | null;
    status: string;
  }[];
}

export async function pushBacklog(em: Tx['em']): Promise<PushBacklog> {
  const [counts] = await rows<{ pending: string; failed: string; sent: string; oldest: Date | null }>(
    em,
    sql`select count(*) filter (where status = 'pending') as pending, count(*) filter (where status = 'failed') as failed,
               count(*) filter (where status = 'sent') as sent, min(created_at) filter (where status = 'pending') as oldest
          from agora_push`,
  );
  const recent = await rows<{
    event_id: string;
    event_type: string;
    account_id: string;
    attempts: number;
    last_error: string | null;
    status: string;
  }>(
    em,
    sql`select event_id, event_type, account_id, attempts, last_error, status from agora_push
         where status <> 'sent' and attempts > 0 order by created_at desc limit 20`,
  );
  return {
    pending: Number(counts.pending),
    failed: Number(counts.failed),
    sent: Number(counts.sent),
    oldestPendingAt: counts.oldest ? new Date(counts.oldest) : null,
    recentFailures: recent.map((r) => ({
      eventId: String(r.event_id),
      eventType: r.event_type,
      accountId: r.account_id,
      attempts: r.attempts,
      lastError: r.last_error,
      status: r.status,
    })),
  };
}
