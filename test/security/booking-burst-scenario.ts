import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rows, sql } from '@lacewire/core';
import { appointmentsPlugin, setShiftTemplate, updateSettings } from '@lacewire/plugin-appointments';
import { catalogPlugin, createService } from '@lacewire/plugin-catalog';
import { customersPlugin } from '@lacewire/plugin-customers';
import { filesPlugin } from '@lacewire/plugin-files';
import { createTestPlatform, globalId, type TestClient } from '@lacewire/testing';
// Not a dependency of the test package: imported by path, as the benchmarks import plugins.
import { messagingPlugin } from '../../plugins/messaging/src/index.ts';

/**
 * Issue 17's burst: 40 customers book 10 overlapping start times of one store at the same moment,
 * while a clerk of another store reads a conversation and a customer there sends chat messages (one every 400 ms).
 * Shared by test/security/booking-burst.test.ts and bench/booking-burst.ts.
 */
export const CUSTOMERS = 40;
export const START_TIMES = 10;
const TECHNICIANS = 4;
const SHANGHAI_H = 8;

const BOOK = `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { __typename } }`;
const READ = `query($id: ID!) { node(id: $id) { ... on Conversation { lastSeq messages(limit: 20) { messages { id body } } } } }`;
const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { __typename } }`;

export interface Timed {
  ms: number;
  result: string;
}

export interface BurstResult {
  bookings: Timed[];
  reads: Timed[];
  messages: Timed[];
  /** Deadlocks PostgreSQL detected in this database during the burst. */
  deadlocks: number;
  /** Wall time of the whole burst. */
  burstMs: number;
  /** Pairs of active appointments of one technician whose times overlap (must be none). */
  overlaps: number;
}

/** Local time in Shanghai, `days` after today, as a Date. */
function shanghai(days: number, hour: number, minute = 0) {
  const now = new Date(Date.now() + SHANGHAI_H * 3_600_000);
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days, hour - SHANGHAI_H, minute));
}

async function timed(fn: () => Promise<any>): Promise<Timed> {
  const started = performance.now();
  let result: string;
  try {
    const data = await fn();
    result = String(Object.values(data as object)[0] && (Object.values(data as object)[0] as any).__typename);
  } catch (error) {
    result = `error: ${(error as Error).message}`;
  }
  return { ms: performance.now() - started, result };
}

export async function bookingBurstScenario(options: { databaseUrl?: string } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'lw-burst-'));
  const t = await createTestPlatform({
    databaseUrl: options.databaseUrl,
    plugins: [
      filesPlugin({ directory: dir, secret: 'burst-secret-burst-secret-burst-secret' }),
      customersPlugin,
      catalogPlugin,
      appointmentsPlugin,
      messagingPlugin,
    ],
  });
  const busy = await t.store('Burst store');
  const other = await t.store('Other store');
  const technicians: string[] = [];
  for (let i = 0; i < TECHNICIANS; i++) technicians.push((await t.staff(busy, 'technician')).accountId);
  const serviceId = await t.runtime.tx(async (tx) => {
    await updateSettings(tx, busy.id, { slotStepMinutes: 15, bufferMinutes: 0, minNoticeMinutes: 0, maxHorizonDays: 30 });
    for (const id of technicians) {
      await setShiftTemplate(
        tx,
        busy.id,
        id,
        [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, starts: '09:00', ends: '21:00' })),
      );
    }
    const service = await createService(tx, busy.id, {
      name: 'Deep clean',
      category: 'cleaning',
      durationMinutes: 60,
      priceMinor: 12800,
      requiredSkills: [],
    });
    return service.id;
  });
  const customers: TestClient[] = [];
  for (let i = 0; i < CUSTOMERS; i++) customers.push(await t.customer());

  // The other store: a customer's conversation, and its clerk reading it.
  const chatter = await t.customer();
  const clerk = await t.staff(other, 'clerk');
  const { openConversation } = await chatter.query(
    `mutation($input: OpenConversationInput!) { openConversation(input: $input) { ... on Conversation { id } } }`,
    { input: { storeId: other.globalId } },
  );
  const conversationId = openConversation.id as string;

  const deadlocks = async () =>
    Number(
      (
        await rows<{ deadlocks: string }>(
          t.runtime.em(),
          sql`select deadlocks from pg_stat_database where datname = current_database()`,
        )
      )[0].deadlocks,
    );

  return {
    t,
    async run(): Promise<BurstResult> {
      const deadlocksBefore = await deadlocks();
      const reads: Timed[] = [];
      const messages: Timed[] = [];
      let bursting = true;
      // Unrelated traffic at a steady pace, from just before the burst until it is over.
      const reader = (async () => {
        while (bursting) {
          reads.push(
            await timed(() =>
              clerk.query(READ, { id: conversationId }).then((d) => ({ read: { __typename: d.node ? 'Conversation' : 'null' } })),
            ),
          );
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      })();
      const sender = (async () => {
        while (bursting) {
          messages.push(
            await timed(() =>
              chatter.query(SEND, {
                input: { conversationId, clientMessageId: randomUUID(), kind: 'text', body: 'still there?' },
              }),
            ),
          );
          // Below messaging's 30 sends per 10 s, however long the burst lasts.
          await new Promise((resolve) => setTimeout(resolve, 400));
        }
      })();
      await new Promise((resolve) => setTimeout(resolve, 200));
      const storeId = busy.globalId;
      const serviceIds = [globalId('Service', serviceId)];
      const started = performance.now();
      const bookings = await Promise.all(
        customers.map((customer, i) =>
          timed(() =>
            customer.query(BOOK, {
              input: { storeId, serviceIds, startsAt: shanghai(2, 10, (i % START_TIMES) * 15).toISOString() },
            }),
          ),
        ),
      );
      const burstMs = performance.now() - started;
      bursting = false;
      await Promise.all([reader, sender]);
      // PostgreSQL reports a backend's statistics within a second or so of its going idle.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const [{ overlaps }] = await rows<{ overlaps: number }>(
        t.runtime.em(),
        sql`select count(*)::int as overlaps from appointments_appointment a join appointments_appointment b
             on a.technician_id = b.technician_id and a.id < b.id and a.starts_at < b.ends_at and b.starts_at < a.ends_at
             where a.store_id = ${busy.id}`,
      );
      return { bookings, reads, messages, deadlocks: (await deadlocks()) - deadlocksBefore, burstMs, overlaps };
    },
    async close() {
      await t.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}
