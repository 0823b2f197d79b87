import { definePlugin, rows, sql } from '@lacewire/core';
import { createTestPlatform, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

/** A fixture plugin whose reactions and jobs fail on command. */
const failures = { handler: 0, job: 0 };
const attempts = { handler: 0, job: 0 };

const fixture = definePlugin({
  name: 'fixture',
  migrations: [
    { name: '0001', up: 'create table fixture_effect (kind text not null, ref text not null, primary key (kind, ref))' },
  ],
  events: { 'fixture.happened': z.object({ ref: z.string() }) },
  on: {
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
