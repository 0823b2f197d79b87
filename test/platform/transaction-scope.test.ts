/**
 * Inside a transaction nothing waits on a second connection: feature checks, `ctx.em`,
 * `runtime.em()`, shared loaders and nested transactions read through the open one, and a stray
 * EntityManager fails at once, naming its call site. On the embedded database (one session) each
 * of these used to wait forever and take every later request with it.
 */
import { definePlugin, rows, SecondConnectionError, sharedLoader, sql } from '@lacewire/core';
import { createTestPlatform, type TestPlatform, type TestStore } from '@lacewire/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';

const one = sharedLoader<number, number>('probe.one', async (em, keys) => {
  const found = await rows<{ n: number }>(em, sql`select 1 as n`);
  return keys.map((k) => k + found[0].n);
});

const probe = definePlugin({
  name: 'probe',
  requires: ['stores'],
  features: { probe: { description: 'A switch for the test.', defaultEnabled: true } },
  schema(builder) {
    builder.mutationField('probeInTransaction', (t) =>
      t.field({
        type: 'Int',
        args: { storeId: t.arg.string({ required: true }) },
        resolve: (_r, args, ctx) =>
          ctx.tx(async (tx) => {
            await ctx.requireFeature(args.storeId, 'probe');
            const on = await ctx.runtime.featureEnabled(ctx.em, args.storeId, 'probe');
            const [fromCtx] = await rows<{ n: number }>(ctx.em, sql`select 2 as n`);
            const [fromRuntime] = await rows<{ n: number }>(ctx.runtime.em(), sql`select 3 as n`);
            const loaded = await one(ctx).load(10);
            await rows(tx.em, sql`select 1`);
            return (on ? 1 : 0) + fromCtx.n + fromRuntime.n + (loaded ?? 0);
          }),
      }),
    );
  },
});

let t: TestPlatform;
let store: TestStore;
beforeAll(async () => {
  t = await createTestPlatform({ plugins: [probe] });
  store = await t.store('探针店');
});
afterAll(() => t?.close());

const within = <T>(ms: number, work: Promise<T>) =>
  Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms))]);

it('a mutation checking a feature and reading through ctx.em, runtime.em() and a shared loader inside its transaction answers', async () => {
  const owner = await t.owner();
  const burst = await within(
    10_000,
    Promise.all(
      Array.from({ length: 10 }, () => owner.query(`mutation($s: String!) { probeInTransaction(storeId: $s) }`, { s: store.id })),
    ),
  );
  expect(burst.map((r) => r.probeInTransaction)).toEqual(Array(10).fill(1 + 2 + 3 + 11));
  // And the server keeps answering.
  expect(await within(5_000, owner.query(`{ __typename }`))).toEqual({ __typename: 'Query' });
});

it('a nested transaction is a savepoint of the open one; its afterCommit waits for the outer commit', async () => {
  const order: string[] = [];
  await within(
    10_000,
    t.runtime.tx(async (outer) => {
      await t.runtime.tx(async (inner) => {
        await rows(inner.em, sql`select 1`);
        inner.afterCommit(() => order.push('inner committed'));
      });
      order.push('outer still open');
      await rows(outer.em, sql`select 1`);
    }),
  );
  expect(order).toEqual(['outer still open', 'inner committed']);
});

it('a query on an EntityManager from outside the transaction fails at once, naming its call site', async () => {
  const stray = t.runtime.orm.em.fork();
  const started = Date.now();
  const failure = await within(
    5_000,
    t.runtime.tx(async () => rows(stray, sql`select 1`)).catch((error: unknown) => error),
  );
  expect(failure).toBeInstanceOf(SecondConnectionError);
  expect((failure as Error).message).toMatch(/transaction-scope\.test\.ts:\d+/);
  expect(Date.now() - started).toBeLessThan(2_000);
  // The transaction rolled back and released the session: the next one runs.
  expect(
    await within(
      5_000,
      t.runtime.tx((tx) => rows<{ n: number }>(tx.em, sql`select 7 as n`)),
    ),
  ).toEqual([{ n: 7 }]);
});
