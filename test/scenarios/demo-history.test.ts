import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rows, sql } from '@lacewire/core';
import { DEMO_PASSWORD } from '@lacewire/plugin-stores';
import { createTestPlatform, globalId, type TestClient, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../packages/server/src/config.ts';
import { firstPartyPlugins, firstPartySettings } from '../../packages/server/src/plugins.ts';

// The distribution's demo data with its 60 days of history, laid down through the real services
// at past times: every chart of the console has something to show on the first start.

const JINGAN = globalId('Store', '00000000-0000-4000-8000-000000000001');
const XUHUI = globalId('Store', '00000000-0000-4000-8000-000000000002');
const DAY = 86_400_000;

let t: TestPlatform;
let dir: string;
let owner: TestClient;
let seedMs: number;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lw-history-'));
  const config = loadConfig({ LACEWIRE_FILES_DIR: dir, LOG_LEVEL: 'silent', NODE_ENV: 'test' });
  const started = performance.now();
  t = await createTestPlatform({ plugins: firstPartyPlugins, settings: firstPartySettings(config), seed: true, jobs: false });
  seedMs = performance.now() - started;
  // A figure for the note, not a pass/fail: the first start's cost of the history on this database.
  console.log(`demo seed with 60 days of history: ${Math.round(seedMs)} ms (${process.env.LACEWIRE_TEST_DB ?? 'postgres'})`);
  owner = await t.signIn('owner', DEMO_PASSWORD);
}, 600_000);
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

const range = (days: number) => ({
  from: new Date(Date.now() - days * DAY).toISOString(),
  to: new Date(Date.now() + 3_600_000).toISOString(),
});

describe('the demo history', () => {
  it('spreads its events over the last 60 days, in time order, and leaves the present as it was', async () => {
    const [span] = await rows<{ first: Date; last: Date; days: string; backwards: string }>(
      t.runtime.em(),
      sql`select min(created_at) as first, max(created_at) as last, count(distinct date_trunc('day', created_at)) as days,
                 (select count(*) from (select created_at < lag(created_at) over (order by id) as back
                                          from lw_event where type = 'order.statusChanged'
                                           and created_at < now() - interval '1 hour') x where back) as backwards
            from lw_event where type like 'order.%'`,
    );
    expect(Date.now() - new Date(span.first).getTime()).toBeGreaterThan(58 * DAY);
    expect(Number(span.days)).toBeGreaterThan(50);
    expect(Number(span.backwards)).toBe(0);
    // The demo customers' own story is untouched: 王先生's pairs are where the demo puts them.
    const wang = await t.customer('13800000001');
    const { myOrders } = await wang.query('{ myOrders { status } }');
    expect(myOrders.map((o: { status: string }) => o.status).sort()).toEqual(['onHold', 'recolouring']);
  });

  it('gives the metrics orders, revenue, messages and complaints on most days, with a trend', async () => {
    const { metrics } = await owner.query(
      `query($from: DateTime!, $to: DateTime!) { metrics(from: $from, to: $to, granularity: day) {
        total { ordersOpened ordersCompleted revenueMinor messagesSent deliveryRate averageFirstResponseSeconds complaints slaBreaches }
        previous { total { ordersOpened revenueMinor } }
        series { label figures { ordersOpened revenueMinor } } } }`,
      range(60),
    );
    expect(metrics.total.ordersOpened).toBeGreaterThan(80);
    expect(metrics.total.revenueMinor).toBeGreaterThan(1_000_000);
    expect(metrics.total.messagesSent).toBeGreaterThan(30);
    expect(metrics.total.deliveryRate).toBeGreaterThan(0.8);
    expect(metrics.total.averageFirstResponseSeconds).toBeGreaterThan(0);
    expect(metrics.total.complaints).toBeGreaterThan(0);
    expect(metrics.series.filter((b: any) => b.figures.revenueMinor > 0).length).toBeGreaterThan(40);
    const month = await owner.query(
      `query($from: DateTime!, $to: DateTime!) { metrics(from: $from, to: $to) { total { revenueMinor } previous { total { revenueMinor } } } }`,
      range(30),
    );
    expect(month.metrics.previous.total.revenueMinor).toBeGreaterThan(0);
  });

  it('compares the pilot store with the rest while online booking was rolled out', async () => {
    const { rollout } = await owner.query(
      `query($from: DateTime!, $to: DateTime!) { rollout(feature: "onlineBooking", from: $from, to: $to) {
        stores { store { name } switches }
        on { stores { name } metrics { total { ordersOpened revenueMinor } } }
        off { metrics { total { ordersOpened revenueMinor } } } } }`,
      range(60),
    );
    const [feature] = rollout;
    expect(feature.on.stores.map((s: { name: string }) => s.name).sort()).toEqual(['拾履 徐汇店', '拾履 静安店']);
    expect(feature.on.metrics.total.ordersOpened).toBeGreaterThan(feature.off.metrics.total.ordersOpened);
    // 徐汇 ran without it for the first weeks.
    expect(feature.off.metrics.total.ordersOpened).toBeGreaterThan(0);
  });

  it('has labour against the standard durations for every technician and the materials used', async () => {
    const { metrics } = await owner.query(
      `query($from: DateTime!, $to: DateTime!) { metrics(from: $from, to: $to, granularity: week) { labour {
        total { minutes orders standardMinutes }
        technicians { technician { displayName } minutes standardMinutes }
        services { name minutes standardMinutes }
        materials { name quantity }
        materialSeries { label } } } }`,
      range(60),
    );
    const labour = metrics.labour;
    expect(labour.total.orders).toBeGreaterThan(60);
    expect(labour.total.standardMinutes).toBeGreaterThan(0);
    expect(labour.technicians.map((x: any) => x.technician.displayName).sort()).toEqual(['张大师', '王师傅', '赵师傅'].sort());
    for (const x of labour.technicians) expect(x.standardMinutes).toBeGreaterThan(0);
    expect(labour.services.length).toBeGreaterThan(3);
    expect(labour.materials.length).toBeGreaterThan(3);
    expect(labour.materialSeries.length).toBeGreaterThan(7);
  });

  it("shows headquarters each store's work in hand, complaints, visits and revenue", async () => {
    const { storesOverview } = await owner.query(`{ storesOverview { ... on StoresOverview { stores {
      store { id } inProgress overdue waitingForCustomer readyForPickup complaintsOpen appointmentsToday
      week { total { revenueMinor } series { label } } } } } }`);
    const byId = Object.fromEntries(storesOverview.stores.map((s: any) => [s.store.id, s]));
    for (const id of [JINGAN, XUHUI]) {
      expect(byId[id].inProgress).toBeGreaterThan(0);
      expect(byId[id].week.total.revenueMinor).toBeGreaterThan(0);
      expect(byId[id].week.series.length).toBeGreaterThan(3);
    }
    expect(byId[JINGAN].overdue + byId[XUHUI].overdue).toBeGreaterThanOrEqual(0);
  });
});
