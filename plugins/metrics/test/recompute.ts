import { type Runtime, rows, sql } from '@lacewire/core';
import { getStore } from '@lacewire/plugin-stores';
import { businessSeconds } from '../src/index.ts';

type Row = { storeId: string; hour: Date } & Record<string, number>;

/**
 * A second, independent computation of every hourly aggregate, straight from the raw event log
 * in one pass (no stored state): the stored aggregates must equal it.
 */
export async function recompute(runtime: Runtime, since: string, windowMs: number): Promise<Row[]> {
  const events = await rows<{ type: string; at: Date; payload: any }>(
    runtime.em(),
    sql`select type, created_at as at, payload from lw_event where id > ${since} order by id`,
  );
  const out = new Map<string, Row>();
  const add = (storeId: string, at: Date, counts: Record<string, number>) => {
    const hour = new Date(Math.floor(new Date(at).getTime() / 3_600_000) * 3_600_000);
    const key = `${storeId}@${hour.toISOString()}`;
    const row = out.get(key) ?? ({ storeId, hour } as Row);
    for (const [k, v] of Object.entries(counts)) row[k] = (row[k] ?? 0) + v;
    out.set(key, row);
  };
  const messages = events.filter((e) => e.type === 'message.sent' && e.payload.message.senderId);
  const receipts = events.filter((e) => e.type === 'conversation.receiptUpdated');
  for (const m of messages) {
    const { conversationId, seq, senderId } = m.payload.message;
    add(m.payload.storeId, m.at, { messages_sent: 1 });
    const first = receipts.find(
      (r) =>
        r.payload.conversationId === conversationId &&
        r.payload.deliveredSeq >= seq &&
        r.payload.accountId !== senderId &&
        r.at >= m.at,
    );
    if (first) {
      const late = new Date(first.at).getTime() - new Date(m.at).getTime() > windowMs;
      add(m.payload.storeId, m.at, late ? { messages_delivered_late: 1 } : { messages_delivered: 1 });
    }
  }
  // Staff responses: per conversation, replay its customer/staff messages in order.
  const customers = new Map<string, string>();
  for (const e of events)
    if (e.type === 'conversation.created' && e.payload.customerId) customers.set(e.payload.conversationId, e.payload.customerId);
  const byConversation = new Map<string, typeof messages>();
  for (const m of messages) {
    if (m.payload.message.internal) continue;
    const list = byConversation.get(m.payload.message.conversationId) ?? [];
    list.push(m);
    byConversation.set(m.payload.message.conversationId, list);
  }
  for (const [conversationId, list] of byConversation) {
    const customer = customers.get(conversationId);
    if (!customer) continue;
    const store = await getStore(runtime.em(), list[0].payload.storeId);
    const firstCustomer = list.find((m) => m.payload.message.senderId === customer);
    let answeredOnce = false;
    for (let i = 0; i < list.length; i++) {
      const m = list[i];
      if (m.payload.message.senderId === customer) continue;
      // The wait this answer ends began at the earliest customer message since the previous staff message.
      let j = i - 1;
      let waitStart: Date | null = null;
      while (j >= 0 && list[j].payload.message.senderId === customer) waitStart = list[j--].at;
      if (!waitStart) continue;
      const counts: Record<string, number> = {
        staff_responses: 1,
        response_seconds: businessSeconds(new Date(waitStart), new Date(m.at), store.timeZone, store.openingHours),
      };
      if (!answeredOnce && firstCustomer) {
        counts.first_responses = 1;
        counts.first_response_seconds = businessSeconds(
          new Date(firstCustomer.at),
          new Date(m.at),
          store.timeZone,
          store.openingHours,
        );
        answeredOnce = true;
      }
      add(m.payload.storeId, m.at, counts);
    }
  }
  // Calls, counted in the hour they started.
  for (const invite of events.filter((e) => e.type === 'agora.callInvited')) {
    const mine = events.filter((e) => e.payload.callId === invite.payload.callId);
    const joined = new Set(mine.filter((e) => e.type === 'agora.callJoined').map((e) => e.payload.accountId));
    const connected = joined.size >= 2;
    const ended = mine.find((e) => e.type === 'agora.callEnded');
    const connectedAt = connected ? mine.filter((e) => e.type === 'agora.callJoined') : [];
    const dropped =
      connected && mine.some((e) => e.type === 'agora.callLeft' && e.payload.source === 'webhook' && connectedAt.length > 0);
    add(invite.payload.storeId, invite.at, {
      calls_started: 1,
      calls_connected: connected ? 1 : 0,
      calls_dropped: dropped ? 1 : 0,
      calls_missed: ended?.payload.status === 'missed' ? 1 : 0,
      calls_declined: ended?.payload.status === 'declined' ? 1 : 0,
      calls_cancelled: ended?.payload.status === 'cancelled' ? 1 : 0,
    });
  }
  for (const e of events) {
    const p = e.payload;
    if (e.type === 'agora.pushSettled' && p.storeId) {
      add(p.storeId, e.at, {
        pushes: 1,
        pushes_succeeded: p.outcome === 'sent' ? 1 : 0,
        push_attempts: p.attempts,
        push_latency_ms: p.outcome === 'sent' ? p.latencyMs : 0,
      });
    }
    if (e.type === 'order.opened') add(p.storeId, e.at, { orders_opened: 1 });
    if (e.type === 'order.pickedUp') add(p.storeId, e.at, { orders_completed: 1, revenue_minor: p.totalMinor ?? 0 });
    if (e.type === 'complaint.submitted') add(p.storeId, e.at, { complaints: 1 });
    if (e.type === 'complaint.slaBreached') add(p.storeId, e.at, { sla_breaches: 1 });
  }
  for (const submitted of events.filter((e) => e.type === 'complaint.submitted')) {
    const resolved = events.find(
      (e) =>
        e.type === 'complaint.statusChanged' &&
        e.payload.complaintId === submitted.payload.complaintId &&
        ['resolved', 'closed'].includes(e.payload.to),
    );
    if (resolved) {
      add(submitted.payload.storeId, resolved.at, {
        complaints_resolved: 1,
        resolution_seconds: (new Date(resolved.at).getTime() - new Date(submitted.at).getTime()) / 1000,
      });
    }
  }
  // Rows whose counters are all zero are not stored.
  return [...out.values()].filter((r) => Object.entries(r).some(([k, v]) => k !== 'storeId' && k !== 'hour' && v !== 0));
}
