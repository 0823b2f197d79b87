import { createTestPlatform, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agoraMetrics, agoraPlugin } from '../src/index.ts';
import { APP_ID, credentials, KEY, probePlugin, SECRET } from './helpers.ts';
import { AgoraStandin } from './standin/agora-standin.ts';

/** A burst of events to a store's staff and a customer: how long until every push is delivered. */
describe('push throughput against the stand-in', () => {
  let t: TestPlatform;
  let agora: AgoraStandin;
  beforeAll(async () => {
    agora = await AgoraStandin.start({ appId: APP_ID, customerKey: KEY, customerSecret: SECRET });
    t = await createTestPlatform({
      plugins: [probePlugin, agoraPlugin],
      settings: { agora: { ...credentials, baseUrl: agora.url } },
    });
  });
  afterAll(async () => {
    await t?.close();
    await agora?.close();
  });

  it('delivers 100 events × 3 recipients once each, and reports the figures', async () => {
    const store = await t.store();
    const people = [await t.staff(store, 'clerk'), await t.staff(store, 'technician'), await t.customer()];
    for (const p of people) await p.query(`{ agoraSession { enabled } }`);
    const started = performance.now();
    await t.runtime.tx(async (tx) => {
      for (let i = 0; i < 100; i++)
        tx.emit('probe.said', { storeId: store.id, text: `n${i}` }, { stores: [store.id], accounts: [people[2].accountId] });
    });
    await agora.waitForDelivered(300, undefined, 60_000);
    const seconds = (performance.now() - started) / 1000;
    const keys = agora.delivered.map((d) => `${d.destination}#${d.message.id}`);
    expect(new Set(keys).size).toBe(300);
    const m = await agoraMetrics(t.runtime.em(), new Date(Date.now() - 600_000));
    console.info(
      `agora push: 300 pushes in ${seconds.toFixed(2)} s (${Math.round(300 / seconds)}/s), HTTP latency p50 ${m.pushLatencyP50Ms} ms, p95 ${m.pushLatencyP95Ms} ms`,
    );
  });

  it('stays exactly-once when Agora enforces its per-app rate (429 + Retry-After)', async () => {
    const store = await t.store();
    const people = [await t.staff(store, 'clerk'), await t.customer()];
    for (const p of people) await p.query(`{ agoraSession { enabled } }`);
    // Low enough that even the embedded database's single job worker on a busy machine exceeds it.
    agora.limitRate(15);
    const before = agora.delivered.length;
    const limitedBefore = agora.requests.filter((r) => r.outcome === 'rate_limited').length;
    await t.runtime.tx(async (tx) => {
      for (let i = 0; i < 60; i++)
        tx.emit('probe.said', { storeId: store.id, text: `r${i}` }, { stores: [store.id], accounts: [people[1].accountId] });
    });
    await agora.waitForDelivered(before + 120, undefined, 60_000);
    agora.limitRate(0);
    await new Promise((r) => setTimeout(r, 500));
    const mine = agora.delivered.slice(before);
    expect(mine.length).toBe(120);
    expect(new Set(mine.map((d) => `${d.destination}#${d.message.id}`)).size).toBe(120);
    expect(agora.requests.filter((r) => r.outcome === 'rate_limited').length).toBeGreaterThan(limitedBefore);
  });
});
