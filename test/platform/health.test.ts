/**
 * Health endpoints for load balancers and orchestrators (docs/deployment.md): /healthz says the
 * process answers; /readyz that the database answers, every migration is applied and the
 * dispatcher is caught up — and turns 503 as soon as a shutdown begins.
 */
import { definePlugin, exec, sql } from '@lacewire/core';
import { createTestPlatform, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';

const slow = definePlugin({
  name: 'slow',
  schema(builder) {
    builder.queryField('slowly', (t) =>
      t.field({ type: 'Boolean', resolve: () => new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 1_500)) }),
    );
  },
});

let t: TestPlatform;
let base: string;
beforeAll(async () => {
  t = await createTestPlatform({ plugins: [slow] });
  base = t.url.replace(/\/graphql$/, '');
});
afterAll(() => t?.close());

const get = async (path: string) => {
  const res = await fetch(base + path);
  return { status: res.status, body: await res.json() };
};

it('/healthz and /health answer while the process runs', async () => {
  expect(await get('/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
  expect(await get('/health')).toEqual({ status: 200, body: { status: 'ok' } });
});

it('/readyz is 200 when the database answers, migrations are applied and the dispatcher caught up', async () => {
  expect(await get('/readyz')).toEqual({
    status: 200,
    body: { status: 'ready', database: 'ok', migrations: 'ok', dispatcher: 'ok', shuttingDown: false },
  });
});

it('/readyz is 503 while a migration is missing', async () => {
  await exec(
    t.runtime.em(),
    sql`delete from lw_migration where id = 'slow/none' or id = (select min(id) from lw_migration where id like 'stores/%')`,
  );
  const { status, body } = await get('/readyz');
  expect(status).toBe(503);
  expect(body).toMatchObject({ status: 'unavailable', database: 'ok', migrations: '1 pending' });
});

it('/readyz is 503 as soon as a shutdown begins, while requests under way finish', async () => {
  const running = t.anonymous().request('{ slowly }');
  await new Promise((resolve) => setTimeout(resolve, 300));
  const stopping = t.platform.shutdown(5_000);
  const { status, body } = await get('/readyz');
  expect(status).toBe(503);
  expect(body).toMatchObject({ status: 'unavailable', shuttingDown: true });
  expect((await running).data).toEqual({ slowly: true });
  await stopping;
});
