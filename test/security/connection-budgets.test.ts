/**
 * No kind of request can drain the connection pool (issue 17, point 3): queries, mutations and
 * each declared class of mutations hold at most their share of it, waiting for it in memory, and
 * turns per key bound a burst on one key (a store, a conversation) to that key.
 */
import {
  ConnectionBudgets,
  defaultBudgets,
  definePlugin,
  defineRequestClass,
  exec,
  inRequestClass,
  RateLimitedError,
  rows,
  sql,
} from '@lacewire/core';
import {
  createTestDatabase,
  createTestPlatform,
  type TestDatabase,
  type TestPlatform,
  testDatabaseKind,
} from '@lacewire/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const HOLDS = defineRequestClass({ name: 'holds', share: 0.3 });
const SLEEP_S = 2;

/** Operations that hold a pooled connection for a while (PostgreSQL sleeps), and quick ones. */
const holder = definePlugin({
  name: 'holder',
  schema(builder) {
    const sleep = sql`select pg_sleep(${SLEEP_S})`;
    builder.queryField('slowRead', (t) => t.boolean({ resolve: (_r, _a, ctx) => exec(ctx.em, sleep).then(() => true) }));
    builder.queryField('ping', (t) =>
      t.int({ resolve: async (_r, _a, ctx) => (await rows<{ one: number }>(ctx.em, sql`select 1 as one`))[0].one }),
    );
    builder.mutationField('slowWrite', (t) =>
      t.boolean({ resolve: (_r, _a, ctx) => ctx.tx((tx) => exec(tx.em, sleep)).then(() => true) }),
    );
    builder.mutationField('slowClassWrite', (t) =>
      t.boolean({
        extensions: inRequestClass(HOLDS),
        resolve: (_r, _a, ctx) => ctx.tx((tx) => exec(tx.em, sleep)).then(() => true),
      }),
    );
    builder.mutationField('touch', (t) =>
      t.boolean({ resolve: (_r, _a, ctx) => ctx.tx((tx) => exec(tx.em, sql`select 1`)).then(() => true) }),
    );
  },
});

// The embedded database runs one transaction at a time whatever the pool: a held write blocks
// every other statement by design, so shares of the pool cannot show there.
describe.skipIf(testDatabaseKind() === 'embedded')('shares of the connection pool (PostgreSQL, pool of 10)', () => {
  let database: TestDatabase;
  let t: TestPlatform;
  // Looks from outside the pool, which a burst may have drained.
  let observer: pg.Client;
  beforeAll(async () => {
    database = await createTestDatabase();
    t = await createTestPlatform({ databaseUrl: database.url, plugins: [holder], budgets: { classes: { holds: 2 } } });
    observer = new pg.Client({ connectionString: database.url });
    await observer.connect();
  });
  afterAll(async () => {
    await observer?.end();
    await t?.close();
    await database?.drop();
  });

  /** Sessions of this database sleeping in pg_sleep right now. */
  const sleeping = async () =>
    (
      await observer.query<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid() and state = 'active' and query like 'select pg_sleep%'`,
      )
    ).rows[0].n;

  /**
   * Fires `burst` `times` at once and, once as many of them hold a connection as `share` allows
   * (or 1.5 s passed), times `probe`; `held` is the most connections the burst was seen holding.
   */
  async function duringBurst(burst: string, times: number, share: number, probe: string) {
    const client = t.anonymous();
    const fired = Array.from({ length: times }, () => client.request(burst));
    let held = 0;
    for (const until = Date.now() + 1_500; held < share && Date.now() < until; ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      held = Math.max(held, await sleeping());
    }
    const started = performance.now();
    const answer = await client.request(probe);
    const probeMs = performance.now() - started;
    held = Math.max(held, await sleeping());
    const results = await Promise.all(fired);
    return { held, probeMs, answer, results };
  }

  it('has defaults relative to the pool: mutations leave 30% to queries, queries one connection to mutations', () => {
    expect(t.runtime.budgets.budgets).toMatchObject({ reads: 9, writes: 7 });
    expect(defaultBudgets(4)).toMatchObject({ reads: 3, writes: 2 });
    expect(t.runtime.budgets.connectionsOf(HOLDS)).toBe(2);
    expect(t.runtime.budgets.connectionsOf(defineRequestClass({ name: 'other', share: 0.4 }))).toBe(3);
  });

  it('a burst of mutations holds at most the writes share; a query still answers at once', async () => {
    const { held, probeMs, answer, results } = await duringBurst('mutation { slowWrite }', 12, 7, '{ ping }');
    expect(held).toBe(7);
    expect(answer.data).toEqual({ ping: 1 });
    expect(probeMs).toBeLessThan((SLEEP_S * 1000) / 2);
    // The rest waited for their share, in memory, and ran after.
    expect(results.every((r) => r.data?.slowWrite === true)).toBe(true);
  }, 30_000);

  it("a burst of one class holds at most the class's share; other mutations still answer at once", async () => {
    const { held, probeMs, answer, results } = await duringBurst('mutation { slowClassWrite }', 6, 2, 'mutation { touch }');
    expect(held).toBe(2);
    expect(answer.data).toEqual({ touch: true });
    expect(probeMs).toBeLessThan((SLEEP_S * 1000) / 2);
    expect(results.every((r) => r.data?.slowClassWrite === true)).toBe(true);
  }, 30_000);

  it('a burst of queries holds at most the reads share; a mutation still answers at once', async () => {
    const { held, probeMs, answer, results } = await duringBurst('{ slowRead }', 12, 9, 'mutation { touch }');
    expect(held).toBe(9);
    expect(answer.data).toEqual({ touch: true });
    expect(probeMs).toBeLessThan((SLEEP_S * 1000) / 2);
    expect(results.every((r) => r.data?.slowRead === true)).toBe(true);
  }, 30_000);
});

describe('turns per key', () => {
  const ONE_AT_A_TIME = defineRequestClass({ name: 'turns', share: 0.3, perKey: 1, maxWaitMs: 300 });
  const budgets = new ConnectionBudgets(defaultBudgets(10));
  const work = (ms: number, log: string[], name: string) => async () => {
    log.push(`${name} starts`);
    await new Promise((resolve) => setTimeout(resolve, ms));
    log.push(`${name} ends`);
    return name;
  };

  it('runs one key in arrival order, one at a time, while other keys go on', async () => {
    const log: string[] = [];
    const done = await Promise.all([
      budgets.turn(ONE_AT_A_TIME, 'a', work(40, log, 'a1')),
      budgets.turn(ONE_AT_A_TIME, 'a', work(10, log, 'a2')),
      budgets.turn(ONE_AT_A_TIME, 'b', work(10, log, 'b1')),
    ]);
    expect(done).toEqual(['a1', 'a2', 'b1']);
    expect(log).toEqual(['a1 starts', 'b1 starts', 'b1 ends', 'a1 ends', 'a2 starts', 'a2 ends']);
  });

  it('answers RateLimited when a turn does not come within maxWaitMs, and the key stays usable', async () => {
    const log: string[] = [];
    const long = budgets.turn(ONE_AT_A_TIME, 'c', work(600, log, 'long'));
    await expect(budgets.turn(ONE_AT_A_TIME, 'c', work(1, log, 'late'))).rejects.toBeInstanceOf(RateLimitedError);
    expect(await long).toBe('long');
    expect(await budgets.turn(ONE_AT_A_TIME, 'c', work(1, log, 'next'))).toBe('next');
    expect(log).not.toContain('late starts');
  });
});
