import { randomUUID } from 'node:crypto';
import { definePlugin, type Runtime, rows, sql } from '@lacewire/core';
import { updateStore } from '@lacewire/plugin-stores';
import type { TestPlatform, TestStore } from '@lacewire/testing';
import { z } from 'zod';
import { consumedEvents } from '../src/index.ts';

/**
 * Stands in for messaging, agora, care and aftercare: declares the events the metrics read (the
 * payloads as those plugins emit them) and a pilot feature, so the metric math is proven without
 * them. `agora.pushSettled` is the event agora is asked to emit.
 */
export const fixturePlugin = definePlugin({
  name: 'fixture',
  events: Object.fromEntries(
    [...Object.keys(consumedEvents).filter((t) => t !== 'store.featureSwitched'), 'agora.callMissed', 'conversation.created'].map(
      (t) => [t, z.looseObject({})],
    ),
  ),
  features: { 'pilot-chat': { description: 'A capability in pilot (fixture).', defaultEnabled: false } },
});

export async function emit(runtime: Runtime, type: string, payload: Record<string, unknown>) {
  await runtime.tx(async (tx) => tx.emit(type, payload as any, { stores: [String(payload.storeId ?? '')] }));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opening hours all day, every day: response times are then plain wall-clock differences. */
export async function openAllDay(t: TestPlatform, store: TestStore) {
  await t.runtime.tx((tx) =>
    updateStore(tx, store.id, {
      openingHours: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opens: '00:00', closes: '23:59' })),
    }),
  );
}

/** A conversation between a customer and staff, with message and receipt helpers. */
export function conversation(runtime: Runtime, storeId: string, customerId: string) {
  const id = randomUUID();
  let seq = 0;
  return {
    id,
    create: () => emit(runtime, 'conversation.created', { storeId, conversationId: id, kind: 'customer', customerId }),
    async send(senderId: string | null, options: { internal?: boolean; kind?: string } = {}) {
      seq++;
      await emit(runtime, 'message.sent', {
        storeId,
        conversationKind: 'customer',
        message: {
          id: randomUUID(),
          conversationId: id,
          seq,
          senderId,
          clientMessageId: null,
          kind: options.kind ?? (senderId ? 'text' : 'system'),
          body: '您好',
          attachmentId: null,
          durationSeconds: null,
          linkKind: null,
          linkId: null,
          meta: null,
          internal: !!options.internal,
          recalledAt: null,
          createdAt: new Date().toISOString(),
        },
      });
      return seq;
    },
    receipt: (accountId: string, deliveredSeq: number) =>
      emit(runtime, 'conversation.receiptUpdated', { storeId, conversationId: id, accountId, deliveredSeq, readSeq: 0 }),
  };
}

export function call(runtime: Runtime, storeId: string) {
  const callId = randomUUID();
  const c = { callId, storeId };
  return {
    callId,
    invite: (by: string, invitees: string[]) =>
      emit(runtime, 'agora.callInvited', {
        ...c,
        purpose: 'consult',
        subjectKind: 'conversation',
        subjectId: randomUUID(),
        channel: `call-${callId}`,
        invitedBy: by,
        inviteeIds: invitees,
        ringUntil: new Date(Date.now() + 45_000).toISOString(),
      }),
    join: (accountId: string) => emit(runtime, 'agora.callJoined', { ...c, accountId, source: 'client' }),
    left: (accountId: string, source: 'client' | 'webhook') => emit(runtime, 'agora.callLeft', { ...c, accountId, source }),
    end: (status: 'ended' | 'missed' | 'declined' | 'cancelled') =>
      emit(runtime, 'agora.callEnded', {
        ...c,
        status,
        purpose: 'consult',
        subjectKind: 'conversation',
        subjectId: randomUUID(),
        durationSeconds: null,
        endedBy: null,
      }),
  };
}

export interface Expected {
  messagesSent: number;
  messagesDelivered: number;
  messagesDeliveredLate: number;
  pushes: number;
  pushesSucceeded: number;
  callsStarted: number;
  callsConnected: number;
  callsMissed: number;
  callsDeclined: number;
  callsCancelled: number;
  callsDropped: number;
  staffResponses: number;
  firstResponses: number;
  complaints: number;
  ordersCompleted: number;
  complaintsResolved: number;
  slaBreaches: number;
  ordersOpened: number;
  revenueMinor: number;
}

/** Times of the events the response-time and resolution expectations are measured between. */
export async function eventTimes(runtime: Runtime, since: string) {
  return rows<{ id: string; type: string; at: Date; payload: any }>(
    runtime.em(),
    sql`select id, type, created_at as at, payload from lw_event where id > ${since} order by id`,
  );
}

/**
 * The pilot store's traffic: 7 messages (3 delivered in time, 1 late, 3 never), a system
 * message that does not count, 5 calls (2 connected, 1 of them dropped; 1 missed, 1 declined,
 * 1 cancelled), 3 pushes (2 sent), 5 orders opened, 4 pickups (¥662 paid), 2 complaints (1 resolved,
 * 1 SLA breach).
 */
export async function pilotTraffic(
  runtime: Runtime,
  storeId: string,
  people: { customer: string; staff: string; other: string },
  windowMs: number,
) {
  const chat = conversation(runtime, storeId, people.customer);
  await chat.create();
  await chat.send(people.customer); // 1: waiting starts, first customer message
  await chat.send(people.customer); // 2
  await chat.receipt(people.customer, 2); // the sender's own devices: delivers nothing
  await chat.receipt(people.staff, 2); // delivers 1 and 2 in time
  await chat.send(people.staff); // 3: answers (first response)
  await chat.send(people.staff); // 4: nobody waiting, never delivered
  await chat.send(null); // system message: not counted
  await sleep(windowMs + 300);
  await chat.receipt(people.customer, 4); // delivers 3 and 4 late
  await chat.send(people.customer); // 6: waiting again
  await chat.send(people.staff, { internal: true }); // 7: internal note, does not answer
  await chat.send(people.staff); // 8: answers
  await chat.receipt(people.staff, 8); // delivers 6 in time (7 and 8 are staff's own)

  const c1 = call(runtime, storeId);
  await c1.invite(people.staff, [people.customer]);
  await c1.join(people.staff);
  await c1.join(people.staff); // the same person twice is not a connection
  await c1.join(people.customer);
  await c1.left(people.customer, 'client');
  await c1.end('ended');
  const c2 = call(runtime, storeId);
  await c2.invite(people.staff, [people.customer]);
  await emit(runtime, 'agora.callMissed', { callId: c2.callId, storeId, accountIds: [people.customer] });
  await c2.end('missed');
  const c3 = call(runtime, storeId);
  await c3.invite(people.customer, [people.staff]);
  await c3.join(people.customer);
  await c3.join(people.staff);
  await c3.left(people.customer, 'webhook'); // dropped
  await c3.left(people.staff, 'webhook'); // still one drop
  await c3.end('ended');
  const c4 = call(runtime, storeId);
  await c4.invite(people.staff, [people.other]);
  await c4.join(people.staff);
  await c4.end('cancelled');
  const c5 = call(runtime, storeId);
  await c5.invite(people.staff, [people.customer]);
  await c5.end('declined');
  await c5.end('missed'); // a second end is ignored

  for (const [outcome, attempts, latencyMs] of [
    ['sent', 1, 40],
    ['sent', 2, 60],
    ['failed', 25, null],
  ] as const) {
    await emit(runtime, 'agora.pushSettled', {
      storeId,
      pushId: randomUUID(),
      eventType: 'message.sent',
      accountId: people.customer,
      outcome,
      attempts,
      latencyMs,
    });
  }

  for (let i = 0; i < 5; i++) {
    await emit(runtime, 'order.opened', { orderId: randomUUID(), storeId, customerId: people.customer, tagNumber: '0001' });
  }
  for (const totalMinor of [12_800, 19_800, 6_800, 26_800]) {
    await emit(runtime, 'order.pickedUp', {
      orderId: randomUUID(),
      storeId,
      customerId: people.customer,
      pickedUpBy: people.staff,
      totalMinor,
      currency: 'CNY',
    });
  }
  const complaint = randomUUID();
  const base = { storeId, customerId: people.customer };
  await emit(runtime, 'complaint.submitted', { ...base, complaintId: complaint, assigneeId: people.staff, severity: 'high' });
  await emit(runtime, 'complaint.submitted', { ...base, complaintId: randomUUID(), assigneeId: null, severity: 'low' });
  await emit(runtime, 'complaint.statusChanged', { ...base, complaintId: complaint, from: 'open', to: 'inProgress', note: null });
  await sleep(50);
  await emit(runtime, 'complaint.statusChanged', {
    ...base,
    complaintId: complaint,
    from: 'inProgress',
    to: 'resolved',
    note: '已重做',
  });
  await emit(runtime, 'complaint.statusChanged', { ...base, complaintId: complaint, from: 'resolved', to: 'closed', note: null });
  await emit(runtime, 'complaint.slaBreached', { ...base, complaintId: randomUUID(), target: 'firstResponse' });
}

export const PILOT_EXPECTED: Expected = {
  messagesSent: 7,
  messagesDelivered: 3,
  messagesDeliveredLate: 2,
  pushes: 3,
  pushesSucceeded: 2,
  callsStarted: 5,
  callsConnected: 2,
  callsMissed: 1,
  callsDeclined: 1,
  callsCancelled: 1,
  callsDropped: 1,
  staffResponses: 2,
  firstResponses: 1,
  complaints: 2,
  ordersCompleted: 4,
  complaintsResolved: 1,
  slaBreaches: 1,
  ordersOpened: 5,
  revenueMinor: 66_200,
};

/**
 * The other store: everything works — 2 messages delivered, 2 calls connected, 1 pickup (logged
 * before pickups carried their total: no revenue), no complaints.
 */
export async function restTraffic(runtime: Runtime, storeId: string, people: { customer: string; staff: string }) {
  const chat = conversation(runtime, storeId, people.customer);
  await chat.create();
  await chat.send(people.customer);
  await chat.receipt(people.staff, 1);
  await chat.send(people.staff);
  await chat.receipt(people.customer, 2);
  for (let i = 0; i < 2; i++) {
    const c = call(runtime, storeId);
    await c.invite(people.staff, [people.customer]);
    await c.join(people.staff);
    await c.join(people.customer);
    await c.end('ended');
  }
  await emit(runtime, 'order.pickedUp', {
    orderId: randomUUID(),
    storeId,
    customerId: people.customer,
    pickedUpBy: people.staff,
  });
}

export const REST_EXPECTED: Expected = {
  messagesSent: 2,
  messagesDelivered: 2,
  messagesDeliveredLate: 0,
  pushes: 0,
  pushesSucceeded: 0,
  callsStarted: 2,
  callsConnected: 2,
  callsMissed: 0,
  callsDeclined: 0,
  callsCancelled: 0,
  callsDropped: 0,
  staffResponses: 1,
  firstResponses: 1,
  complaints: 0,
  ordersCompleted: 1,
  complaintsResolved: 0,
  slaBreaches: 0,
  ordersOpened: 0,
  revenueMinor: 0,
};
