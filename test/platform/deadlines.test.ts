/**
 * Every operation and statement is bounded: past its deadline the client gets the typed
 * `Timeout` error, nothing of the operation stays written, and the server keeps answering.
 */
import { definePlugin, exec, rows, sql } from '@lacewire/core';
import { createTestPlatform, type TestPlatform, testDatabaseKind } from '@lacewire/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';

const slow = definePlugin({
  name: 'slow',
  migrations: [{ name: '0001', up: 'create table slow_write (ref text primary key)' }],
  schema(builder) {
    builder.mutationField('slowWrite', (t) =>
      t.field({
        type: 'Boolean',
        args: { ref: t.arg.string({ required: true }), waitMs: t.arg.int({ required: true }), inDatabase: t.arg.boolean() },
        resolve: (_r, args, ctx) =>
          ctx.tx(async (tx) => {
            await exec(tx.em, sql`insert into slow_write (ref) values (${args.ref})`);
            if (args.inDatabase) await exec(tx.em, sql`select pg_sleep(${args.waitMs / 1000})`);
            else await new Promise((resolve) => setTimeout(resolve, args.waitMs));
            return true;
          }),
      }),
    );
  },
});

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform({ plugins: [slow], deadlines: { operationMs: 1_000, statementMs: 300 } });
});
afterAll(() => t?.close());

const WRITE = `mutation($ref: String!, $waitMs: Int!, $inDatabase: Boolean) { slowWrite(ref: $ref, waitMs: $waitMs, inDatabase: $inDatabase) }`;
const written = async (ref: string) => (await rows(t.runtime.em(), sql`select ref from slow_write where ref = ${ref}`)).length;

it('an operation past its deadline answers Timeout at the deadline, and its transaction rolls back', async () => {
  const client = t.anonymous();
  const started = Date.now();
  const result = await client.request(WRITE, { ref: 'late', waitMs: 4_000 });
  const took = Date.now() - started;
  expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'Timeout' } });
  expect(took).toBeGreaterThanOrEqual(900);
  expect(took).toBeLessThan(3_000); // at the deadline, not when the work ends (4 s)
  // The transaction ran on; it must not commit after its client was told nothing happened.
  await new Promise((resolve) => setTimeout(resolve, 3_500));
  expect(await written('late')).toBe(0);
  expect(await client.query(WRITE, { ref: 'quick', waitMs: 0 })).toEqual({ slowWrite: true });
  expect(await written('quick')).toBe(1);
});

// PGlite runs statements to the end (no statement_timeout timer in its single-threaded build);
// the embedded database bounds the waits behind a transaction instead (embedded-wait.test.ts).
it.skipIf(testDatabaseKind() === 'embedded')(
  'a statement past statement_timeout answers Timeout and writes nothing',
  async () => {
    const client = t.anonymous();
    const result = await client.request(WRITE, { ref: 'sleepy', waitMs: 800, inDatabase: true });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'Timeout' } });
    expect(await written('sleepy')).toBe(0);
    expect(await client.query(`{ __typename }`)).toEqual({ __typename: 'Query' });
  },
);
