/**
 * The message-send limit holds across instances and under concurrency (issue 17, point 3): it
 * is a counter in PostgreSQL (core's rate-limit.ts), not a window in each instance's memory.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesPlugin } from '@lacewire/plugin-files';
import { createTestDatabase, createTestPlatform, everyDay, type TestDatabase, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
// Not a dependency of the test package: imported by path, as the benchmarks import plugins.
import { messagingPlugin } from '../../plugins/messaging/src/index.ts';
import { open, SEND } from '../../plugins/messaging/test/helpers.ts';

const LIMIT = 5;
let database: TestDatabase;
let a: TestPlatform;
let b: TestPlatform;
const dirs: string[] = [];

async function instance(url: string) {
  const directory = await mkdtemp(join(tmpdir(), 'lw-send-limit-'));
  dirs.push(directory);
  return createTestPlatform({
    databaseUrl: url,
    openingHours: everyDay('00:00', '24:00'),
    plugins: [filesPlugin, messagingPlugin],
    settings: {
      messaging: { sendLimit: { count: LIMIT, perSeconds: 60 } },
      files: { directory, secret: 'send-limit-secret-send-limit-secret!' },
    },
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
  a = await instance(database.url);
  b = await instance(database.url);
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  await database?.drop();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const message = (conversationId: string, body: string) => ({ conversationId, clientMessageId: randomUUID(), kind: 'text', body });

it('two instances share one budget per account; a retry over it still gets its message back', async () => {
  const store = await a.store();
  const customer = await a.customer();
  const onB = b.withToken(customer.token);
  const conversation = await open(customer, store.globalId);
  const first = message(conversation.id, '1');
  const outcomes: string[] = [];
  for (let i = 0; i < LIMIT + 1; i++) {
    const via = i % 2 === 0 ? customer : onB;
    const input = i === 0 ? first : message(conversation.id, String(i + 1));
    outcomes.push((await via.query(SEND, { input })).sendMessage.__typename);
  }
  // Per instance in memory, each would have let 5 through: 6 sends, 3 on each, all sent.
  expect(outcomes).toEqual([...Array(LIMIT).fill('SentMessage'), 'RateLimited']);
  const retry = await onB.query(SEND, { input: first });
  expect(retry.sendMessage).toMatchObject({ __typename: 'SentMessage', created: false });
});

it('a concurrent burst through both instances sends exactly the budget', async () => {
  const store = await a.store();
  const customer = await a.customer();
  const onB = b.withToken(customer.token);
  const conversation = await open(customer, store.globalId);
  const results = await Promise.all(
    Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? customer : onB).query(SEND, { input: message(conversation.id, `${i}`) })),
  );
  const sent = results.filter((r) => r.sendMessage.__typename === 'SentMessage');
  const refused = results.filter((r) => r.sendMessage.__typename === 'RateLimited');
  expect(sent).toHaveLength(LIMIT);
  expect(refused).toHaveLength(20 - LIMIT);
  expect(refused.every((r) => r.sendMessage.retryAfterSeconds > 0)).toBe(true);
});
