import { type EventHandlers, exec, type HandlerContext, type LoggedEvent, type Runtime, rows, sql } from '@lacewire/core';
import { accountsByIds } from '@lacewire/plugin-identity';
import { getStore } from '@lacewire/plugin-stores';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type ConsumedEvent, type Input, RESOLVED_STATUSES } from './inputs.ts';
import { HOURLY_COUNTERS, type HourlyCounter } from './migrations.ts';
import { metricsState } from './state.ts';
import { businessSeconds, hourOf } from './time.ts';

const COUNTERS = new Set<string>(HOURLY_COUNTERS);
type Counts = Partial<Record<HourlyCounter, number>>;

/** Adds to a store's counters of the hour `at` falls in (one upsert). */
export async function bump(em: EntityManager, storeId: string, at: Date, counts: Counts) {
  const entries = Object.entries(counts).filter(([, v]) => v !== undefined && v !== 0) as [HourlyCounter, number][];
  if (entries.length === 0) return;
  for (const [name] of entries) if (!COUNTERS.has(name)) throw new Error(`unknown metrics counter ${name}`);
  const names = entries.map(([n]) => n);
  await exec(
    em,
    sql`insert into metrics_hourly (store_id, hour, ${sql.raw(names.join(', '))})
        values (${storeId}, ${hourOf(at)}, ${sql.join(entries.map(([, v]) => sql`${v}`))})
        on conflict (store_id, hour) do update set ${sql.raw(names.map((n) => `${n} = metrics_hourly.${n} + excluded.${n}`).join(', '))}`,
  );
}

type Handler<T extends ConsumedEvent> = (payload: Input<T>, event: LoggedEvent, ctx: HandlerContext) => Promise<void>;

/** Account kinds never change: remembered per process. */
const kinds = new Map<string, string>();
async function isCustomer(em: EntityManager, accountId: string): Promise<boolean> {
  let kind = kinds.get(accountId);
  if (!kind) {
    kind = (await accountsByIds(em, [accountId]))[0]?.kind ?? 'unknown';
    if (kinds.size > 100_000) kinds.clear();
    kinds.set(accountId, kind);
  }
  return kind === 'customer';
}

/**
 * The `on` handlers: each event updates the stored aggregates in the dispatcher's transaction,
 * so a handled event is counted exactly once and the figures survive restarts. Each event type is
 * its own consumer (in order within the type, not across types), so every handler gives the same
 * result whichever related event is handled first.
 */
export function aggregateHandlers(): EventHandlers {
  const handlers: { [T in ConsumedEvent]?: Handler<T> } = {
    // ── Message delivery and staff response ─────────────────────────────────────────────
    'message.sent': async (p, event, { em, runtime }) => {
      const m = p.message;
      if (!m.senderId) return; // system messages are not counted
      await bump(em, p.storeId, event.at, { messages_sent: 1 });
      // A receipt handled before this message may already cover it.
      const [receipt] = await rows<{ at: Date | null }>(
        em,
        sql`select min(at) as at from metrics_receipt
             where conversation_id = ${m.conversationId} and account_id <> ${m.senderId}::uuid and delivered_seq >= ${m.seq}`,
      );
      if (receipt?.at) await delivered(em, runtime, p.storeId, event.at, new Date(receipt.at));
      else {
        await exec(
          em,
          sql`insert into metrics_message (id, store_id, conversation_id, seq, sender_id, sent_at)
              values (${m.id}, ${p.storeId}, ${m.conversationId}, ${m.seq}, ${m.senderId}, ${event.at}) on conflict do nothing`,
        );
      }
      await staffResponse(em, p, event.at);
    },
    'conversation.receiptUpdated': async (p, event, { em, runtime }) => {
      await exec(
        em,
        sql`insert into metrics_receipt (conversation_id, account_id, delivered_seq, at)
            values (${p.conversationId}, ${p.accountId}, ${p.deliveredSeq}, ${event.at}) on conflict do nothing`,
      );
      // The first receipt from anyone but the sender delivers the message (on any of their devices).
      const found = await rows<{ storeId: string; sentAt: Date }>(
        em,
        sql`delete from metrics_message
             where conversation_id = ${p.conversationId} and seq <= ${p.deliveredSeq}
               and sender_id is distinct from ${p.accountId}::uuid
         returning store_id as "storeId", sent_at as "sentAt"`,
      );
      for (const d of found) await delivered(em, runtime, d.storeId, new Date(d.sentAt), event.at);
    },
    // ── RTM push (Agora) ────────────────────────────────────────────────────────────────
    'agora.pushSettled': async (p, event, { em }) => {
      if (!p.storeId) return;
      const sent = p.outcome === 'sent';
      await bump(em, p.storeId, event.at, {
        pushes: 1,
        pushes_succeeded: sent ? 1 : 0,
        push_attempts: p.attempts,
        push_latency_ms: sent ? Math.round(p.latencyMs ?? 0) : 0,
      });
    },
    // ── Calls (counted in the hour the call started) ─────────────────────────────────────
    'agora.callInvited': async (p, event, { em }) => {
      await callRow(em, p.callId, p.storeId, sql`started_at = coalesce(metrics_call.started_at, ${event.at}::timestamptz)`, {
        started_at: event.at,
      });
    },
    'agora.callJoined': async (p, _event, { em }) => {
      await callRow(
        em,
        p.callId,
        p.storeId,
        sql`joined = case when ${p.accountId} = any(metrics_call.joined) then metrics_call.joined else array_append(metrics_call.joined, ${p.accountId}::text) end`,
        { joined: [p.accountId] },
      );
    },
    'agora.callLeft': async (p, _event, { em }) => {
      // Agora's webhook saw someone leave before their app said so: the connection was lost.
      if (p.source !== 'webhook') return;
      await callRow(em, p.callId, p.storeId, sql`webhook_left = true`, { webhook_left: true });
    },
    'agora.callEnded': async (p, _event, { em }) => {
      await callRow(em, p.callId, p.storeId, sql`outcome = coalesce(metrics_call.outcome, ${p.status})`, { outcome: p.status });
    },
    // ── Complaints and completed orders ──────────────────────────────────────────────────
    'order.opened': async (p, event, { em }) => {
      await bump(em, p.storeId, event.at, { orders_opened: 1 });
    },
    'order.pickedUp': async (p, event, { em }) => {
      await bump(em, p.storeId, event.at, { orders_completed: 1, revenue_minor: p.totalMinor ?? 0 });
    },
    'order.stepFinished': async (p, event, { em }) => {
      await exec(
        em,
        sql`insert into metrics_labour (step_id, store_id, order_id, technician_id, service_key, service_id, service_name, stage, minutes, materials, at)
            values (${p.stepId}, ${p.storeId}, ${p.orderId}, ${p.technicianId}, ${p.serviceId ?? p.serviceCode}, ${p.serviceId},
                    ${p.serviceName}, ${p.stage}, ${p.labourMinutes}, ${JSON.stringify(p.materials)}::jsonb, ${event.at})
            on conflict (step_id) do nothing`,
      );
    },
    'complaint.submitted': async (p, event, { em }) => {
      await complaintRow(
        em,
        p.complaintId,
        p.storeId,
        sql`submitted_at = coalesce(metrics_complaint.submitted_at, ${event.at}::timestamptz)`,
        {
          submitted_at: event.at,
        },
      );
    },
    'complaint.statusChanged': async (p, event, { em }) => {
      if (!RESOLVED_STATUSES.includes(p.to)) return;
      await complaintRow(
        em,
        p.complaintId,
        p.storeId,
        sql`resolved_at = coalesce(metrics_complaint.resolved_at, ${event.at}::timestamptz)`,
        {
          resolved_at: event.at,
        },
      );
    },
    'complaint.slaBreached': async (p, event, { em }) => {
      await bump(em, p.storeId, event.at, { sla_breaches: 1 });
    },
  };
  return Object.fromEntries(
    Object.entries(handlers).map(([type, handler]) => [
      type,
      (event: LoggedEvent, ctx: HandlerContext) => (handler as Handler<ConsumedEvent>)(event.payload, event, ctx),
    ]),
  );
}

async function delivered(em: EntityManager, runtime: Runtime, storeId: string, sentAt: Date, receivedAt: Date) {
  const late = receivedAt.getTime() - sentAt.getTime() > metricsState.of(runtime).config.deliveryWindowMs;
  await bump(em, storeId, sentAt, late ? { messages_delivered_late: 1 } : { messages_delivered: 1 });
}

type Insert = Record<string, unknown>;

/** Inserts or updates a call's row, then adds the counters that became known (once each). */
async function callRow(em: EntityManager, callId: string, storeId: string, update: ReturnType<typeof sql>, insert: Insert) {
  await exec(
    em,
    sql`insert into metrics_call (id, store_id, started_at, joined, webhook_left, outcome)
        values (${callId}, ${storeId}, ${(insert.started_at as Date) ?? null}::timestamptz, ${(insert.joined as string[]) ?? []}::text[],
                ${!!insert.webhook_left}, ${(insert.outcome as string) ?? null})
        on conflict (id) do update set ${update}`,
  );
  const [call] = await rows<{
    startedAt: Date | null;
    joined: string[];
    webhookLeft: boolean;
    outcome: string | null;
    counted: string[];
  }>(
    em,
    sql`select started_at as "startedAt", joined, webhook_left as "webhookLeft", outcome, counted from metrics_call where id = ${callId}`,
  );
  if (!call?.startedAt) return;
  const connected = call.joined.length >= 2;
  const due: Record<string, boolean> = {
    calls_started: true,
    calls_connected: connected,
    calls_dropped: connected && call.webhookLeft,
    calls_missed: call.outcome === 'missed',
    calls_declined: call.outcome === 'declined',
    calls_cancelled: call.outcome === 'cancelled',
  };
  const add = Object.keys(due).filter((k) => due[k] && !call.counted.includes(k)) as HourlyCounter[];
  if (add.length === 0) return;
  await bump(em, storeId, new Date(call.startedAt), Object.fromEntries(add.map((k) => [k, 1])));
  await exec(em, sql`update metrics_call set counted = counted || ${add}::text[] where id = ${callId}`);
}

/** The same for a complaint: counted when submitted; resolved (first time) once both times are known. */
async function complaintRow(
  em: EntityManager,
  complaintId: string,
  storeId: string,
  update: ReturnType<typeof sql>,
  insert: Insert,
) {
  await exec(
    em,
    sql`insert into metrics_complaint (id, store_id, submitted_at, resolved_at)
        values (${complaintId}, ${storeId}, ${(insert.submitted_at as Date) ?? null}::timestamptz, ${(insert.resolved_at as Date) ?? null}::timestamptz)
        on conflict (id) do update set ${update}`,
  );
  const [c] = await rows<{ submittedAt: Date | null; resolvedAt: Date | null; counted: string[] }>(
    em,
    sql`select submitted_at as "submittedAt", resolved_at as "resolvedAt", counted from metrics_complaint where id = ${complaintId}`,
  );
  if (!c?.submittedAt) return;
  const add: string[] = [];
  if (!c.counted.includes('complaints')) {
    await bump(em, storeId, new Date(c.submittedAt), { complaints: 1 });
    add.push('complaints');
  }
  if (c.resolvedAt && !c.counted.includes('complaints_resolved')) {
    const seconds = Math.max(0, (new Date(c.resolvedAt).getTime() - new Date(c.submittedAt).getTime()) / 1000);
    await bump(em, storeId, new Date(c.resolvedAt), { complaints_resolved: 1, resolution_seconds: seconds });
    add.push('complaints_resolved');
  }
  if (add.length > 0)
    await exec(em, sql`update metrics_complaint set counted = counted || ${add}::text[] where id = ${complaintId}`);
}

/**
 * Staff response time in business hours: a customer's message starts a wait (if none is open);
 * the next message from staff (not an internal note) ends it. The first answer in a conversation
 * is also the first response, measured from the customer's first message.
 */
async function staffResponse(em: EntityManager, p: Input<'message.sent'>, at: Date) {
  const m = p.message;
  if (!m.senderId || m.internal) return;
  const fromCustomer = await isCustomer(em, m.senderId);
  if (fromCustomer) {
    await exec(
      em,
      sql`insert into metrics_conversation (id, store_id, waiting_since, first_customer_at) values (${m.conversationId}, ${p.storeId}, ${at}, ${at})
          on conflict (id) do update set waiting_since = coalesce(metrics_conversation.waiting_since, excluded.waiting_since),
                                         first_customer_at = coalesce(metrics_conversation.first_customer_at, excluded.first_customer_at)`,
    );
    return;
  }
  const [conversation] = await rows<{ waitingSince: Date | null; firstCustomerAt: Date | null; firstResponseAt: Date | null }>(
    em,
    sql`select waiting_since as "waitingSince", first_customer_at as "firstCustomerAt", first_response_at as "firstResponseAt"
          from metrics_conversation where id = ${m.conversationId} for update`,
  );
  if (!conversation?.waitingSince) return;
  const store = await getStore(em, p.storeId);
  const wait = businessSeconds(new Date(conversation.waitingSince), at, store.timeZone, store.openingHours);
  const counts: Counts = { staff_responses: 1, response_seconds: wait };
  const first = !conversation.firstResponseAt && !!conversation.firstCustomerAt;
  if (first) {
    counts.first_responses = 1;
    counts.first_response_seconds = businessSeconds(
      new Date(conversation.firstCustomerAt as Date),
      at,
      store.timeZone,
      store.openingHours,
    );
  }
  await bump(em, p.storeId, at, counts);
  await exec(
    em,
    sql`update metrics_conversation set waiting_since = null, first_response_at = coalesce(first_response_at, ${first ? at : null}::timestamptz)
         where id = ${m.conversationId}`,
  );
}
