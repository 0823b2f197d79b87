import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, createTestPlatform } from '@lacewire/testing';
import { describe, expect, it } from 'vitest';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const EVENTS = 'subscription { events { type payload } }';
const UPDATE = `mutation($id: ID!, $phone: String!) { updateStore(input: { storeId: $id, phone: $phone }) { ... on Store { phone } } }`;

describe('two instances on one PostgreSQL and Redis', () => {
  it('a subscriber on one instance sees a change made through the other', async () => {
    const database = await createTestDatabase();
    const a = await createTestPlatform({ databaseUrl: database.url, redisUrl: REDIS_URL, pollMs: 60_000 });
    const b = await createTestPlatform({ databaseUrl: database.url, redisUrl: REDIS_URL, pollMs: 60_000 });
    try {
      const store = await a.store('Jing’an');
      const ownerOnA = await a.owner();
      const ownerOnB = b.withToken(ownerOnA.token);
      const stream = ownerOnB.subscribe(EVENTS);
      await stream.ready();
      await new Promise((r) => setTimeout(r, 100));
      // Polling is set to a minute: only the Redis wake-up can make this arrive in time.
      await ownerOnA.query(UPDATE, { id: store.globalId, phone: '021-7777' });
      const { events } = await stream.next(3000);
      expect(events).toEqual({ type: 'store.updated', payload: { storeId: store.id } });
      await stream.close();
    } finally {
      await a.close();
      await b.close();
      await database.drop();
    }
  });
});

describe('a session ended on one instance', () => {
  it('is refused on the other as soon as the event arrives, even where its viewer was cached', async () => {
    const database = await createTestDatabase();
    const a = await createTestPlatform({ databaseUrl: database.url, redisUrl: REDIS_URL, pollMs: 60_000 });
    const b = await createTestPlatform({ databaseUrl: database.url, redisUrl: REDIS_URL, pollMs: 60_000 });
    try {
      await a.store('Jing’an');
      const onA = await a.owner();
      const onB = b.withToken(onA.token);
      expect((await onB.request('{ viewer { sessionId } }')).status).toBe(200);
      await onA.query('mutation { signOut { ... on Done { ok } } }');
      // Polling is set to a minute: only the event, woken through Redis, can end it on b in time.
      const deadline = Date.now() + 3000;
      let status = 200;
      while (status === 200 && Date.now() < deadline) {
        status = (await onB.request('{ viewer { sessionId } }')).status;
        if (status === 200) await new Promise((r) => setTimeout(r, 20));
      }
      expect(status).toBe(401);
    } finally {
      await a.close();
      await b.close();
      await database.drop();
    }
  });
});

describe('the embedded database', () => {
  it('keeps what was written across a stop and a start', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lacewire-embedded-'));
    try {
      const first = await createTestPlatform({ embedded: true, dataDir });
      const store = await first.store('Persisted');
      const owner = await first.owner();
      await owner.query(UPDATE, { id: store.globalId, phone: '021-8888' });
      await first.close();

      const second = await createTestPlatform({ embedded: true, dataDir });
      const again = await second.signIn('owner', 'test-password-1');
      const { node } = await again.query(`query($id: ID!) { node(id: $id) { ... on Store { name phone } } }`, {
        id: store.globalId,
      });
      expect(node).toEqual({ name: 'Persisted', phone: '021-8888' });
      await second.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
