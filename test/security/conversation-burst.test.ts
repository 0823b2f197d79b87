/**
 * A burst in one conversation degrades only that conversation (issue 17, point 3): its sends take
 * turns (MESSAGE_SENDS.perKey at once, the rest wait in memory), so they cannot fill the group
 * commit's batches that every other conversation's messages travel in.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rows, sql } from '@lacewire/core';
import { filesPlugin } from '@lacewire/plugin-files';
import { createTestPlatform, everyDay, localId, type TestClient, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
// Not a dependency of the test package: imported by path, as the benchmarks import plugins.
import { MESSAGE_SENDS, messagingPlugin } from '../../plugins/messaging/src/index.ts';
import { open, SEND } from '../../plugins/messaging/test/helpers.ts';

const BURST = 40;
const JOIN = `mutation($input: ConversationInput!) { joinConversation(input: $input) { __typename } }`;
let t: TestPlatform;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lw-conversation-burst-'));
  t = await createTestPlatform({
    openingHours: everyDay('00:00', '24:00'),
    plugins: [
      filesPlugin,
      // The burst's senders' own send limits must not be what stops it.
      messagingPlugin,
    ],
    settings: {
      messaging: { sendLimit: { count: 1000, perSeconds: 60 } },
      files: { directory: dir, secret: 'burst-secret-burst-secret-burst-secret' },
    },
  });
});
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

it(`${BURST} sends at once in one conversation take turns, a few per batch, and another conversation's message still goes through`, async () => {
  const store = await t.store();
  const busy = await t.customer();
  const quiet = await t.customer();
  const a = await open(busy, store.globalId);
  const b = await open(quiet, store.globalId);
  // Several senders (as in a busy group), so no one account's counter paces the burst.
  const senders: TestClient[] = [busy];
  for (let i = 0; i < 4; i++) {
    const clerk = await t.staff(store, 'clerk');
    await clerk.query(JOIN, { input: { conversationId: a.id } });
    senders.push(clerk);
  }
  const input = (conversationId: string, body: string) => ({ conversationId, clientMessageId: randomUUID(), kind: 'text', body });
  const inA = sql`from messaging_message where conversation_id = ${localId(a.id)}`;
  const written = async () => (await rows<{ n: number }>(t.runtime.em(), sql`select count(*)::int as n ${inA}`))[0].n;

  const burst = Array.from({ length: BURST }, (_, i) =>
    senders[i % senders.length].query(SEND, { input: input(a.id, `burst ${i}`) }).then((data) => data.sendMessage),
  );
  // Once the burst is under way, the other conversation speaks.
  while ((await written()) < 8) await new Promise((resolve) => setTimeout(resolve, 5));
  const other = await quiet.query(SEND, { input: input(b.id, 'unrelated') });
  const results = await Promise.all(burst);

  expect(other.sendMessage).toMatchObject({ __typename: 'SentMessage', created: true });
  expect(results.every((r) => r.__typename === 'SentMessage' && r.created)).toBe(true);
  // One transaction (a group commit's batch, shared with every other conversation's messages)
  // never carries more of the burst than its turns allow: without them, 39 of these 40 went in one.
  const perTransaction = await rows<{ n: number }>(t.runtime.em(), sql`select count(*)::int as n ${inA} group by xmin::text`);
  expect(Math.max(...perTransaction.map((r) => r.n))).toBeLessThanOrEqual(MESSAGE_SENDS.perKey);
  expect(perTransaction.reduce((sum, r) => sum + r.n, 0)).toBe(BURST);
}, 60_000);
