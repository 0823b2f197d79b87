import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesPlugin } from '@lacewire/plugin-files';
import { createTestDatabase, createTestPlatform, everyDay, type TestDatabase, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messagingPlugin } from '../src/index.ts';
import { HISTORY, open, SEND } from './helpers.ts';

let database: TestDatabase;
let a: TestPlatform;
let b: TestPlatform;

async function instance(url: string) {
  const directory = await mkdtemp(join(tmpdir(), 'lw-messaging-'));
  return createTestPlatform({
    databaseUrl: url,
    openingHours: everyDay('00:00', '24:00'),
    plugins: [filesPlugin, messagingPlugin],
    settings: {
      messaging: { sendLimit: { count: 1000, perSeconds: 1 } },
      files: { directory, secret: 'messaging-test-secret-messaging-test!' },
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
});

describe('two server instances on one database', () => {
  it('store a retry racing across instances once, with one gapless sequence', async () => {
    const store = await a.store();
    const customer = await a.customer();
    const conversation = await open(customer, store.globalId);
    const onB = b.withToken(customer.token);
    const sends = [];
    for (let i = 0; i < 10; i++) {
      const input = { conversationId: conversation.id, clientMessageId: randomUUID(), kind: 'text', body: `消息 ${i}` };
      // The same message reaches both instances at once (a client retrying through another node).
      sends.push(customer.query(SEND, { input }), onB.query(SEND, { input }));
    }
    const results = await Promise.all(sends);
    expect(results.every((r) => r.sendMessage.__typename === 'SentMessage')).toBe(true);
    expect(results.filter((r) => r.sendMessage.created)).toHaveLength(10);
    const history = await customer.query(HISTORY, { id: conversation.id });
    expect(history.node.messages.messages.map((m: any) => m.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(history.node.messages.messages.map((m: any) => m.body)).size).toBe(10);
  });
});
