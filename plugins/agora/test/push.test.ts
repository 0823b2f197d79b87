import { createTestDatabase, createTestPlatform, type TestClient, type TestPlatform, type TestStore } from '@lacewire/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AgoraStandin } from '../src/../test/standin/agora-standin.ts';
import { agoraMetrics, agoraPlugin } from '../src/index.ts';
import { APP_ID, credentials, eventually, KEY, probePlugin, SECRET, sleep } from './helpers.ts';

const SESSION = `query($storeId: ID) { agoraSession(storeId: $storeId) { enabled rtmUserId } }`;
const BACKLOG = `{ agoraPushBacklog { pending failed sent oldestPendingAt recentFailures { eventType attempts status lastError } } }`;

let agora: AgoraStandin;
const settings = () => ({
  ...credentials,
  baseUrl: agora.url,
  retryBaseMs: 50,
  retryMaxMs: 400,
  pushTimeoutMs: 400,
});

async function say(t: TestPlatform, store: TestStore | null, text: string, accounts: string[] = []) {
  await t.runtime.tx(async (tx) => {
    tx.emit('probe.said', { storeId: store?.id ?? null, text }, { accounts, stores: store ? [store.id] : [] });
  });
  await t.settle();
  const [row] = await t.runtime.em().getConnection().execute("select max(id) as id from lw_event where type = 'probe.said'");
  return String(row.id);
}

/** Every (destination, event id) pair delivered, counted: exactly-once means all counts are 1. */
function deliveryCounts() {
  const counts = new Map<string, number>();
  for (const d of agora.delivered) {
    const key = `${d.destination}#${d.message?.id}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

beforeAll(async () => {
  agora = await AgoraStandin.start({ appId: APP_ID, customerKey: KEY, customerSecret: SECRET });
});
afterAll(() => agora?.close());

describe('RTM push through the REST API', () => {
  let t: TestPlatform;
  let store: TestStore;
  let clerk: TestClient & { accountId: string };
  let customer: TestClient & { accountId: string };
  let clerkRtm: string;
  let customerRtm: string;

  beforeAll(async () => {
    t = await createTestPlatform({ plugins: [probePlugin, agoraPlugin], settings: { agora: settings() } });
    store = await t.store();
    clerk = await t.staff(store, 'clerk');
    customer = await t.customer();
    clerkRtm = (await clerk.query(SESSION)).agoraSession.rtmUserId;
    customerRtm = (await customer.query(SESSION)).agoraSession.rtmUserId;
  });
  afterAll(() => t?.close());
  afterEach(() => {
    agora.up();
  });

  it('pushes an event once to each recipient with the documented request shape and Basic auth', async () => {
    const from = agora.delivered.length;
    const eventId = await say(t, store, 'hello', [customer.accountId]);
    await agora.waitForDelivered(from + 2);
    const mine = agora.delivered.slice(from);
    expect(mine.map((d) => d.destination).sort()).toEqual([clerkRtm, customerRtm].sort());
    for (const d of mine) expect(d.message).toMatchObject({ lw: 1, id: eventId, type: 'probe.said', payload: { text: 'hello' } });

    const request = agora.requests.find((r) => r.outcome === 'delivered' && r.body?.destination === customerRtm);
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe(`/dev/v2/project/${APP_ID}/rtm/users/lacewire-server/peer_messages`);
    expect(request?.headers.authorization).toBe(`Basic ${Buffer.from(`${KEY}:${SECRET}`).toString('base64')}`);
    expect(request?.headers['content-type']).toMatch(/^application\/json/);
    expect(Object.keys(request?.body).sort()).toEqual([
      'destination',
      'enable_historical_messaging',
      'enable_offline_messaging',
      'payload',
    ]);
    expect(typeof request?.body.payload).toBe('string');
    await sleep(300);
    expect(agora.delivered.length).toBe(from + 2); // nothing more
  });

  it('does not push to accounts outside the audience or without an Agora identity', async () => {
    const stranger = await t.customer(); // never asked for an agoraSession
    const otherStore = await t.store();
    const otherClerk = await t.staff(otherStore, 'clerk');
    const otherRtm = (await otherClerk.query(SESSION)).agoraSession.rtmUserId;
    const from = agora.delivered.length;
    await say(t, store, 'only ours', [stranger.accountId]);
    await agora.waitForDelivered(from + 1);
    await sleep(300);
    const dests = agora.delivered.slice(from).map((d) => d.destination);
    expect(dests).toEqual([clerkRtm]);
    expect(dests).not.toContain(otherRtm);
  });

  it('delivers exactly once per event and recipient through failures, 429s and stalls', async () => {
    agora.failNext(3, 503).rateLimitNext(2, 1).stallNext(2, 2000);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await say(t, store, `burst ${i}`, [customer.accountId]));
    await eventually(
      async () => ids.every((id) => agora.delivered.filter((d) => d.message?.id === id).length >= 2),
      Boolean,
      30_000,
    );
    await sleep(500);
    for (const [key, count] of deliveryCounts()) expect(count, key).toBe(1);
    for (const id of ids) {
      expect(
        agora.delivered
          .filter((d) => d.message?.id === id)
          .map((d) => d.destination)
          .sort(),
      ).toEqual([clerkRtm, customerRtm].sort());
    }
    const outcomes = new Set(agora.requests.map((r) => r.outcome));
    expect(outcomes).toContain('failed');
    expect(outcomes).toContain('rate_limited');
    expect(outcomes).toContain('abandoned');
    const owner = await t.owner();
    const backlog = (await owner.query(BACKLOG)).agoraPushBacklog;
    expect(backlog).toMatchObject({ pending: 0, failed: 0 });
    // Each push reports its final state once (agora.pushSettled, for the metrics plugin), to nobody.
    await t.settle();
    const settled = await t.runtime
      .em()
      .getConnection()
      .execute(`select payload, audience_accounts, audience_stores from lw_event where type = 'agora.pushSettled'`);
    const forBurst = settled.filter((r: any) => ids.length && r.payload.outcome === 'sent').map((r: any) => r.payload.pushId);
    expect(new Set(forBurst).size).toBe(forBurst.length);
    expect(settled.every((r: any) => r.audience_accounts.length === 0 && r.audience_stores.length === 0)).toBe(true);
    expect(settled.some((r: any) => r.payload.attempts > 1 && r.payload.storeId === store.id)).toBe(true);
    expect(agora.delivered.some((d) => d.message?.type === 'agora.pushSettled')).toBe(false);
    const metrics = await agoraMetrics(t.runtime.em(), new Date(Date.now() - 3600_000));
    expect(metrics.pushAttempts).toBeGreaterThan(metrics.pushSuccesses);
    expect(metrics.pushRateLimited).toBeGreaterThanOrEqual(2);
    expect(metrics.pushLatencyP50Ms).not.toBeNull();
  });

  it('keeps pushes in the backlog during an outage (visible to the owner only) and delivers them after', async () => {
    agora.down();
    const from = agora.delivered.length;
    const id = await say(t, store, 'during outage', [customer.accountId]);
    const owner = await t.owner();
    const backlog = await eventually(
      async () => (await owner.query(BACKLOG)).agoraPushBacklog,
      (b) => b.pending === 2 && b.recentFailures.length > 0,
    );
    expect(backlog.oldestPendingAt).not.toBeNull();
    expect((await clerk.request(BACKLOG)).errors?.length).toBeGreaterThan(0);
    agora.up();
    await agora.waitForDelivered(from + 2);
    await sleep(300);
    expect(agora.delivered.slice(from).every((d) => d.message.id === id)).toBe(true);
    expect(agora.delivered.length).toBe(from + 2);
  });

  it('sends a reference instead of payloads larger than 32 KB; the recipient fetches the event', async () => {
    const from = agora.delivered.length;
    const big = '鞋'.repeat(12_000); // 36 KB in UTF-8
    const id = await say(t, store, big, [customer.accountId]);
    await agora.waitForDelivered(from + 2);
    const pushed = agora.delivered.slice(from).find((d) => d.destination === customerRtm);
    expect(pushed?.message).toEqual({ lw: 1, id, type: 'probe.said', at: expect.any(String), ref: true });
    expect(Buffer.byteLength(pushed?.payload ?? '')).toBeLessThan(32 * 1024);
    const fetched = await customer.query(`query($c: String!) { agoraEvent(cursor: $c) { cursor type payload } }`, { c: id });
    expect(fetched.agoraEvent).toMatchObject({ cursor: id, type: 'probe.said' });
    expect(fetched.agoraEvent.payload.text).toBe(big);
    const other = await t.customer();
    expect((await other.query(`query($c: String!) { agoraEvent(cursor: $c) { cursor } }`, { c: id })).agoraEvent).toBeNull();
  });

  it('marks pushes Agora refuses for good as failed and lets the owner retry them', async () => {
    agora.failNext(1, 400);
    const from = agora.delivered.length;
    await say(t, null, 'refused', [customer.accountId]);
    const owner = await t.owner();
    await eventually(
      async () => (await owner.query(BACKLOG)).agoraPushBacklog,
      (b) => b.failed === 1,
    );
    expect(agora.delivered.length).toBe(from);
    await owner.query(`mutation { retryAgoraPushes { ... on Done { ok } } }`);
    await agora.waitForDelivered(from + 1);
    expect((await owner.query(BACKLOG)).agoraPushBacklog.failed).toBe(0);
  });

  it('does not push events of stores with rtm-push switched off', async () => {
    const off = await t.store('Off', { features: 'defaults' });
    const offClerk = await t.staff(off, 'clerk');
    await offClerk.query(SESSION);
    const from = agora.requests.length;
    await say(t, off, 'not pushed');
    await sleep(600);
    expect(agora.requests.length).toBe(from);
  });
});

describe('restarts', () => {
  it('pushes what was pending when the instance stopped, exactly once, from the next instance', async () => {
    const database = await createTestDatabase();
    try {
      const first = await createTestPlatform({
        databaseUrl: database.url,
        plugins: [probePlugin, agoraPlugin],
        settings: { agora: settings() },
      });
      const store = await first.store();
      const customer = await first.customer();
      const rtm = (await customer.query(SESSION)).agoraSession.rtmUserId;
      agora.down();
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) ids.push(await say(first, store, `before restart ${i}`, [customer.accountId]));
      await sleep(500);
      await first.close();
      agora.up();
      const second = await createTestPlatform({
        databaseUrl: database.url,
        plugins: [probePlugin, agoraPlugin],
        settings: { agora: settings() },
      });
      try {
        await eventually(
          async () => ids.every((id) => agora.delivered.some((d) => d.destination === rtm && d.message?.id === id)),
          Boolean,
          30_000,
        );
        // A second instance on the same database shares the work without duplicates.
        const third = await createTestPlatform({
          databaseUrl: database.url,
          plugins: [probePlugin, agoraPlugin],
          settings: { agora: settings() },
        });
        try {
          for (let i = 0; i < 4; i++)
            ids.push(await say(i % 2 ? third : second, store, `two instances ${i}`, [customer.accountId]));
          await eventually(
            async () => ids.every((id) => agora.delivered.some((d) => d.destination === rtm && d.message?.id === id)),
            Boolean,
            30_000,
          );
          await sleep(500);
        } finally {
          await third.platform.close();
        }
        const mine = agora.delivered.filter((d) => d.destination === rtm).map((d) => d.message.id);
        expect(mine.sort()).toEqual([...ids].sort());
      } finally {
        await second.platform.close();
      }
    } finally {
      agora.up();
      await database.drop();
    }
  });
});
