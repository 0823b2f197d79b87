import { definePlugin, rows, sql } from '@lacewire/core';
import { createTestPlatform, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

/** A fixture plugin whose reactions and jobs fail on command. */
const failures = { handler: 0, job: 0 };
const attempts = { handler: 0, job: 0 };
/** `fixture.counted` refs whose handler fails once. */
const failOnce = new Set<string>();

const fixtureEvents = { 'fixture.happened': z.object({ ref: z.string() }), 'fixture.counted': z.object({ ref: z.string() }) };
type Payloads = { [K in keyof typeof fixtureEvents]: z.infer<(typeof fixtureEvents)[K]> };
declare module '@lacewire/core' {
  interface EventMap extends Payloads {}
}

const fixture = definePlugin({
  name: 'fixture',
  migrations: [
    { name: '0001', up: 'create table fixture_effect (kind text not null, ref text not null, primary key (kind, ref))' },
    { name: '0002', up: 'create table fixture_counted (ref text primary key, tx bigint not null, at serial)' },
  ],
  events: fixtureEvents,
  on: {
    // Records the transaction each event was handled in; the primary key refuses a second time.
    'fixture.counted': async (event, ctx) => {
      await rows(ctx.em, sql`insert into fixture_counted (ref, tx) values (${event.payload.ref}, txid_current())`);
      if (failOnce.delete(event.payload.ref)) throw new Error('handler failed on purpose');
    },
    'fixture.happened': async (event, ctx) => {
      attempts.handler++;
      await rows(ctx.em, sql`insert into fixture_effect (kind, ref) values ('handler', ${event.payload.ref})`);
      if (failures.handler > 0) {
        failures.handler--;
        throw new Error('handler failed on purpose');
      }
      await ctx.enqueue('fixture.work', { ref: event.payload.ref });
    },
  },
  schedules: { tick: '* * * * *' },
  jobs: {
    tick: async () => {},
    work: async (payload, ctx) => {
      attempts.job++;
      if (failures.job > 0) {
        failures.job--;
        throw new Error('job failed on purpose');
      }
      await ctx.tx(async (tx) =>
        rows(tx.em, sql`insert into fixture_effect (kind, ref) values ('job', ${payload.ref as string})`),
      );
    },
    later: async (payload, ctx) => {
      await ctx.tx(async (tx) =>
        rows(tx.em, sql`insert into fixture_effect (kind, ref) values ('later', ${payload.ref as string})`),
      );
    },
  },
});

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform({ plugins: [fixture] });
});
afterAll(() => t?.close());

async function effects(kind: string) {
  return (await rows<{ ref: string }>(t.runtime.em(), sql`select ref from fixture_effect where kind = ${kind} order by ref`)).map(
    (r) => r.ref,
  );
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('on handlers and jobs', () => {
  it('a failing handler is retried with backoff; its effects happen exactly once', async () => {
    failures.handler = 2;
    await t.runtime.tx(async (tx) => tx.emit('fixture.happened', { ref: 'a' }, {}));
    await eventually(async () => (await effects('handler')).includes('a'));
    expect(attempts.handler).toBe(3);
    expect(await effects('handler')).toEqual(['a']);
  });

  it('handles a backlog in batches, in order, each event once; a failure inside a batch costs no other event', async () => {
    const refs = Array.from({ length: 250 }, (_, i) => `c${String(i).padStart(3, '0')}`);
    failOnce.add('c120');
    await t.runtime.tx(async (tx) => {
      for (const ref of refs) tx.emit('fixture.counted', { ref }, {});
    });
    const counted = async () =>
      rows<{ ref: string; tx: string }>(t.runtime.em(), sql`select ref, tx from fixture_counted order by at`);
    await eventually(async () => (await counted()).length === refs.length);
    const handled = await counted();
    expect(handled.map((r) => r.ref)).toEqual(refs);
    // 250 events in a handful of transactions, not 250 (the failed batch was rolled back whole).
    const transactions = new Set(handled.map((r) => r.tx));
    expect(transactions.size).toBeLessThan(30);
    // Up to the failing event, one transaction per event; the retry of c120 came after backoff.
    expect(handled.find((r) => r.ref === 'c119')?.tx).not.toBe(handled.find((r) => r.ref === 'c118')?.tx);
    const [consumer] = await rows<{ attempts: number; last_error: string | null }>(
      t.runtime.em(),
      sql`select attempts, last_error from lw_consumer where name = 'fixture:fixture.counted'`,
    );
    expect(consumer).toEqual({ attempts: 0, last_error: null });
  });

  it('a job enqueued by a handler runs after commit and is retried when it fails', async () => {
    failures.job = 1;
    await t.runtime.tx(async (tx) => tx.emit('fixture.happened', { ref: 'b' }, {}));
    await eventually(async () => (await effects('job')).includes('b'), 40_000);
    expect(await effects('job')).toContain('b');
  });

  it('a job from a rolled-back transaction never runs; a delayed job waits for its time', async () => {
    await expect(
      t.runtime.tx(async (tx) => {
        await tx.enqueue('fixture.later', { ref: 'never' });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await t.runtime.tx((tx) => tx.enqueue('fixture.later', { ref: 'soon' }, { runAt: new Date(Date.now() + 1500) }));
    await new Promise((r) => setTimeout(r, 700));
    expect(await effects('later')).toEqual([]);
    await eventually(async () => (await effects('later')).includes('soon'));
    expect(await effects('later')).toEqual(['soon']);
  });

  it('a keyed job is replaced by a later one with the same key, and dequeued by key', async () => {
    const inOneSecond = new Date(Date.now() + 1000);
    await t.runtime.tx((tx) => tx.enqueue('fixture.later', { ref: 'first' }, { runAt: inOneSecond, key: 'k1' }));
    await t.runtime.tx((tx) => tx.enqueue('fixture.later', { ref: 'second' }, { runAt: inOneSecond, key: 'k1' }));
    await t.runtime.tx((tx) => tx.enqueue('fixture.later', { ref: 'third' }, { runAt: inOneSecond, key: 'k2' }));
    await t.runtime.tx((tx) => tx.dequeue('k2'));
    await eventually(async () => (await effects('later')).includes('second'));
    await new Promise((r) => setTimeout(r, 1500));
    expect(await effects('later')).toEqual(['second', 'soon']);
  });
});
