import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CSRF_HEADER, rows, sql } from '@lacewire/core';
import { appointmentsPlugin, setShiftTemplate, updateSettings } from '@lacewire/plugin-appointments';
import { catalogPlugin, createService } from '@lacewire/plugin-catalog';
import { customersPlugin } from '@lacewire/plugin-customers';
import { filesPlugin } from '@lacewire/plugin-files';
import { createTestPlatform, globalId, type TestClient } from '@lacewire/testing';
// Not a dependency of the test package: imported by path, as the benchmarks import plugins.
import { messagingPlugin } from '../../plugins/messaging/src/index.ts';
import type { BurstPlan, ClientTimings } from './booking-burst-clients.ts';

/**
 * Issue 17's burst: 40 customers book 10 overlapping start times of one store at the same moment,
 * while a clerk of another store reads a conversation and a customer there sends chat messages (one every 400 ms).
 * The server runs here; the clients in a worker thread (booking-burst-clients.ts). Shared by
 * test/security/booking-burst.test.ts and bench/booking-burst.ts.
 */
export const CUSTOMERS = 40;
export const START_TIMES = 10;
const TECHNICIANS = 4;
const SHANGHAI_H = 8;

export interface BurstResult extends ClientTimings {
  /** Deadlocks PostgreSQL detected in this database during the burst. */
  deadlocks: number;
  /** Pairs of active appointments of one technician whose times overlap (must be none). */
  overlaps: number;
}

/** Local time in Shanghai, `days` after today, as a Date. */
function shanghai(days: number, hour: number, minute = 0) {
  const now = new Date(Date.now() + SHANGHAI_H * 3_600_000);
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days, hour - SHANGHAI_H, minute));
}

export async function bookingBurstScenario(options: { databaseUrl?: string } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'lw-burst-'));
  const t = await createTestPlatform({
    databaseUrl: options.databaseUrl,
    plugins: [filesPlugin, customersPlugin, catalogPlugin, appointmentsPlugin, messagingPlugin],
    settings: { files: { directory: dir, secret: 'burst-secret-burst-secret-burst-secret' } },
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
      const plan: BurstPlan = {
        url: t.url,
        csrfHeader: CSRF_HEADER,
        bookings: customers.map((customer, i) => ({
          token: customer.token as string,
          startsAt: shanghai(2, 10, (i % START_TIMES) * 15).toISOString(),
        })),
        storeId: busy.globalId,
        serviceIds: [globalId('Service', serviceId)],
        clerkToken: clerk.token as string,
        chatterToken: chatter.token as string,
        conversationId,
      };
      const timings = await new Promise<ClientTimings>((resolve, reject) => {
        const worker = new Worker(new URL('./booking-burst-clients.ts', import.meta.url), { workerData: plan });
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`The burst's clients stopped (exit code ${code}).`)));
      });
      // PostgreSQL reports a backend's statistics within a second or so of its going idle.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const [{ overlaps }] = await rows<{ overlaps: number }>(
        t.runtime.em(),
        sql`select count(*)::int as overlaps from appointments_appointment a join appointments_appointment b
             on a.technician_id = b.technician_id and a.id < b.id and a.starts_at < b.ends_at and b.starts_at < a.ends_at
             where a.store_id = ${busy.id}`,
      );
      return { ...timings, deadlocks: (await deadlocks()) - deadlocksBefore, overlaps };
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

export type { Timed } from './booking-burst-clients.ts';
