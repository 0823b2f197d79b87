import { exec, sql } from '@lacewire/core';
import { grantRole } from '@lacewire/plugin-identity';
import { createTestDatabase, createTestPlatform, globalId, type TestPlatform, type TestStore } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SseSubscription } from './sse.ts';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const EVENTS = 'subscription { events { cursor type payload } }';
const UPDATE = `mutation($id: ID!, $phone: String!) { updateStore(input: { storeId: $id, phone: $phone }) { ... on Store { phone } } }`;
const SIGN_OUT = 'mutation { signOut { ... on Done { ok } } }';

const storeUpdates = (sse: SseSubscription) => sse.values.filter((v) => v.events.type === 'store.updated').length;

/** The stream ended with UNAUTHENTICATED, having delivered exactly `updates` store changes. */
async function expectEnded(sse: SseSubscription, updates: number) {
  await sse.closedByServer();
  expect(sse.errors.map((e) => e.extensions?.code)).toContain('UNAUTHENTICATED');
  expect(storeUpdates(sse)).toBe(updates);
}

let t: TestPlatform;
let store: TestStore;
beforeAll(async () => {
  t = await createTestPlatform();
  store = await t.store('Jing’an');
});
afterAll(() => t?.close());

/** An SSE stream that has delivered one change, so it is known to be live. */
async function liveStream(token: string | null) {
  const sse = new SseSubscription(t.url, token, EVENTS);
  await sse.opened();
  const owner = await t.owner();
  await owner.query(UPDATE, { id: store.globalId, phone: '021-1000' });
  await sse.waitFor(() => storeUpdates(sse) === 1);
  return { sse, owner };
}

describe('a session’s end ends its SSE streams at once', () => {
  it('sign-out: the stream fails with UNAUTHENTICATED and gets nothing published after it', async () => {
    const clerk = await t.staff(store, 'clerk');
    const { sse, owner } = await liveStream(clerk.token);
    await clerk.query(SIGN_OUT);
    // Published right after the sign-out, without waiting for it to be dispatched.
    await owner.query(UPDATE, { id: store.globalId, phone: '021-1001' });
    await expectEnded(sse, 1);
  });

  it('removal from the store: the removed clerk’s stream ends (and the WebSocket closes with 4401)', async () => {
    const clerk = await t.staff(store, 'clerk');
    const admin = await t.staff(store, 'storeAdmin');
    const socket = clerk.subscribe(EVENTS);
    await socket.ready();
    const { sse, owner } = await liveStream(clerk.token);
    await admin.query(`mutation($input: RemoveStaffMemberInput!) { removeStaffMember(input: $input) { ... on Store { id } } }`, {
      input: { storeId: store.globalId, accountId: globalId('Account', clerk.accountId) },
    });
    await owner.query(UPDATE, { id: store.globalId, phone: '021-1002' });
    await expectEnded(sse, 1);
    expect(await socket.closed()).toBe(4401);
  });

  it('a role change ends the streams authorized under the old role', async () => {
    const admin = await t.staff(store, 'storeAdmin');
    const { sse, owner } = await liveStream(admin.token);
    await t.runtime.tx((tx) => grantRole(tx, admin.accountId, store.id, 'clerk'));
    await owner.query(UPDATE, { id: store.globalId, phone: '021-1003' });
    await expectEnded(sse, 1);
  });

  it('expiry: the stream ends when the session does', async () => {
    const clerk = await t.staff(store, 'clerk');
    // The session expires 1.5 s from now; the stream is opened before the viewer is ever cached.
    await exec(
      t.runtime.em(),
      sql`update identity_session set expires_at = now() + interval '1.5 seconds'
           where account_id = ${clerk.accountId} and revoked_at is null`,
    );
    const { sse } = await liveStream(clerk.token);
    await expectEnded(sse, 1);
  });
});

describe('on every instance', () => {
  it('a sign-out on one instance ends the SSE stream on the other', async () => {
    const database = await createTestDatabase();
    const a = await createTestPlatform({ databaseUrl: database.url, redisUrl: REDIS_URL, pollMs: 60_000 });
    const b = await createTestPlatform({ databaseUrl: database.url, redisUrl: REDIS_URL, pollMs: 60_000 });
    try {
      const shop = await a.store('Xuhui');
      const clerk = await a.staff(shop, 'clerk');
      const owner = await a.owner();
      const sse = new SseSubscription(b.url, clerk.token, EVENTS);
      await sse.opened();
      await owner.query(UPDATE, { id: shop.globalId, phone: '021-2000' });
      await sse.waitFor(() => storeUpdates(sse) === 1);
      await clerk.query(SIGN_OUT);
      await owner.query(UPDATE, { id: shop.globalId, phone: '021-2001' });
      await expectEnded(sse, 1);
    } finally {
      await a.close();
      await b.close();
      await database.drop();
    }
  });
});
