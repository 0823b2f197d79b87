import { definePlugin, rows, sql } from '@lacewire/core';
import { createTestPlatform, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';

// A seed lays down history at past moments (SeedContext.setClock): its writes, its events and the
// `on` handlers reacting to them all happen at the seed's time, through the normal paths.

const DAY = 86_400_000;
/** 45 days ago: weeks before the event log's first partition. */
const past = new Date(Math.floor((Date.now() - 45 * DAY) / 60_000) * 60_000);
const seen: { type: string; at: Date; handledAt: Date }[] = [];

const historyEvents = { 'history.happened': z.object({ ref: z.string() }), 'history.reacted': z.object({ ref: z.string() }) };
type Payloads = { [K in keyof typeof historyEvents]: z.infer<(typeof historyEvents)[K]> };
declare module '@lacewire/core' {
  interface EventMap extends Payloads {}
}

const history = definePlugin({
  name: 'history',
  migrations: [{ name: '0001', up: 'create table history_thing (ref text primary key, written_at timestamptz not null)' }],
  events: historyEvents,
  on: {
    'history.happened': async (event, ctx) => {
      seen.push({ type: event.type, at: event.at, handledAt: ctx.now() });
      ctx.emit('history.reacted', { ref: event.payload.ref }, { stores: [] });
    },
    'history.reacted': async (event, ctx) => {
      seen.push({ type: event.type, at: event.at, handledAt: ctx.now() });
    },
  },
  seed: async ({ tx, setClock, settle, alreadySeeded }) => {
    if (alreadySeeded) return;
    for (const [ref, offset] of [
      ['first', 0],
      ['second', 2 * DAY + 3_600_000],
    ] as const) {
      await setClock(new Date(past.getTime() + offset));
      await tx(async (t) => {
        await rows(t.em, sql`insert into history_thing (ref, written_at) values (${ref}, ${t.now()})`);
        t.emit('history.happened', { ref }, { stores: [] });
      });
      await settle();
    }
    // The platform returns to the wall clock after the seed, without being asked.
  },
});

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform({ plugins: [history], seed: true });
  await t.settle();
});
afterAll(() => t?.close());

it("stamps a seed's writes and events with its clock, and its reactions happen at that time too", async () => {
  const things = await rows<{ ref: string; writtenAt: Date }>(
    t.runtime.em(),
    sql`select ref, written_at as "writtenAt" from history_thing order by ref`,
  );
  expect(things.map((r) => [r.ref, new Date(r.writtenAt).getTime()])).toEqual([
    ['first', past.getTime()],
    ['second', past.getTime() + 2 * DAY + 3_600_000],
  ]);
  const logged = await rows<{ type: string; at: Date }>(
    t.runtime.em(),
    sql`select type, created_at as at from lw_event where type like 'history.%' order by id`,
  );
  expect(logged.map((e) => [e.type, new Date(e.at).getTime()])).toEqual([
    ['history.happened', past.getTime()],
    ['history.reacted', past.getTime()],
    ['history.happened', past.getTime() + 2 * DAY + 3_600_000],
    ['history.reacted', past.getTime() + 2 * DAY + 3_600_000],
  ]);
  // Handled during the seed (settle), at the seed's time: consumers start before the seeds.
  expect(seen.map((s) => [s.type, s.at.getTime(), s.handledAt.getTime()])).toEqual(
    logged.map((e) => [e.type, new Date(e.at).getTime(), new Date(e.at).getTime()]),
  );
});

it('keeps those weeks in partitions of the event log and runs on the wall clock afterwards', async () => {
  const [partition] = await rows<{ name: string }>(
    t.runtime.em(),
    sql`select tableoid::regclass::text as name from lw_event where type = 'history.happened' order by id limit 1`,
  );
  expect(partition.name).toMatch(/^lw_event_w\d{8}$/);
  expect(Math.abs(t.runtime.now().getTime() - Date.now())).toBeLessThan(1_000);
  await t.runtime.tx(async (tx) => tx.emit('history.happened', { ref: 'now' }, { stores: [] }));
  await t.settle();
  const [live] = await rows<{ at: Date }>(
    t.runtime.em(),
    sql`select created_at as at from lw_event where type = 'history.reacted' order by id desc limit 1`,
  );
  expect(Math.abs(new Date(live.at).getTime() - Date.now())).toBeLessThan(5_000);
  expect(seen.at(-1)?.handledAt.getTime()).toBeGreaterThan(Date.now() - 5_000);
});
