import { createTestPlatform, globalId, type TestPlatform, type TestStore } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hourlyRows, metricsPlugin } from '../src/index.ts';
import { eventTimes, fixturePlugin, openAllDay, PILOT_EXPECTED, pilotTraffic, REST_EXPECTED, restTraffic } from './fixture.ts';
import { recompute } from './recompute.ts';

const WINDOW_MS = 400;
const FIGURES = `
  messagesSent messagesDelivered messagesDeliveredLate deliveryRate
  pushes pushesSucceeded pushAttempts pushSuccessRate pushLatencyMeanMs
  callsStarted callsConnected callsMissed callsDeclined callsCancelled callsDropped callSuccessRate
  staffResponses averageResponseSeconds firstResponses averageFirstResponseSeconds
  complaints ordersCompleted complaintRate complaintsResolved meanResolutionSeconds slaBreaches
  ordersOpened revenueMinor averageOrderValueMinor`;
const METRICS = `query($storeIds: [ID!], $from: DateTime!, $to: DateTime!, $granularity: MetricsGranularity) {
  metrics(storeIds: $storeIds, from: $from, to: $to, granularity: $granularity) {
    from stores { name } total { ${FIGURES} } series { label start figures { messagesSent callsStarted } }
  } }`;

let t: TestPlatform;
let pilot: TestStore;
let rest: TestStore;
let since: string;
const from = new Date(Date.now() - 2 * 3_600_000).toISOString();
const to = () => new Date(Date.now() + 3_600_000).toISOString();
const seconds = (a: Date, b: Date) => (new Date(b).getTime() - new Date(a).getTime()) / 1000;

beforeAll(async () => {
  t = await createTestPlatform({
    plugins: [metricsPlugin, fixturePlugin],
    settings: { metrics: { deliveryWindowMs: WINDOW_MS } },
  });
  pilot = await t.store('Pilot', { features: 'all' });
  rest = await t.store('Rest', { features: 'defaults' });
  await openAllDay(t, pilot);
  await openAllDay(t, rest);
  await t.settle();
  since = String(t.runtime.dispatcher.position);
});
afterAll(async () => t?.close());

describe('generated traffic', () => {
  beforeAll(async () => {
    const customer = await t.customer();
    const staff = await t.staff(pilot, 'clerk');
    const other = await t.staff(pilot, 'technician');
    await pilotTraffic(
      t.runtime,
      pilot.id,
      { customer: customer.accountId, staff: staff.accountId, other: other.accountId },
      WINDOW_MS,
    );
    const customer2 = await t.customer();
    const staff2 = await t.staff(rest, 'clerk');
    await restTraffic(t.runtime, rest.id, { customer: customer2.accountId, staff: staff2.accountId });
    await t.settle();
  });

  it('gives each metric its expected value for the pilot store', async () => {
    const owner = await t.owner();
    const { metrics } = await owner.query(METRICS, { storeIds: [pilot.globalId], from, to: to(), granularity: 'hour' });
    const total = metrics.total;
    expect(total).toMatchObject(PILOT_EXPECTED);
    expect(total.deliveryRate).toBeCloseTo(3 / 7, 6);
    expect(total.pushSuccessRate).toBeCloseTo(2 / 3, 6);
    expect(total.pushAttempts).toBe(28);
    expect(total.pushLatencyMeanMs).toBe(50);
    expect(total.callSuccessRate).toBeCloseTo(2 / 5, 6);
    expect(total.complaintRate).toBeCloseTo(2 / 4, 6);
    expect(total.averageOrderValueMinor).toBe(66_200 / 4);

    // Response and resolution times, from the event times in the log.
    const events = await eventTimes(t.runtime, since);
    const sent = events.filter((e) => e.type === 'message.sent' && e.payload.storeId === pilot.id);
    const at = (seq: number) => sent.find((e) => e.payload.message.seq === seq)?.at as Date;
    const first = seconds(at(1), at(3));
    const second = seconds(at(6), at(8));
    expect(total.averageResponseSeconds).toBeCloseTo((first + second) / 2, 2);
    expect(total.averageFirstResponseSeconds).toBeCloseTo(first, 2);
    const submitted = events.find((e) => e.type === 'complaint.submitted' && e.payload.storeId === pilot.id)?.at as Date;
    const resolved = events.find((e) => e.type === 'complaint.statusChanged' && e.payload.to === 'resolved')?.at as Date;
    expect(total.meanResolutionSeconds).toBeCloseTo(seconds(submitted, resolved), 2);
    expect(total.meanResolutionSeconds).toBeGreaterThan(0.04);
  });

  it('adds the stores up for all stores, and keeps the rest store apart', async () => {
    const owner = await t.owner();
    const { metrics: restOnly } = await owner.query(METRICS, { storeIds: [rest.globalId], from, to: to() });
    expect(restOnly.total).toMatchObject(REST_EXPECTED);
    expect(restOnly.total.deliveryRate).toBe(1);
    expect(restOnly.total.complaintRate).toBe(0);
    const { metrics: all } = await owner.query(METRICS, { from, to: to() });
    expect(all.stores.map((s: { name: string }) => s.name).sort()).toEqual(['Pilot', 'Rest']);
    for (const [key, value] of Object.entries(PILOT_EXPECTED)) {
      expect(all.total[key], key).toBe(value + REST_EXPECTED[key as keyof typeof REST_EXPECTED]);
    }
    expect(all.total.deliveryRate).toBeCloseTo(5 / 9, 6);
    expect(all.total.callSuccessRate).toBeCloseTo(4 / 7, 6);
  });

  it('series by hour, day and week sum to the totals', async () => {
    const owner = await t.owner();
    for (const granularity of ['hour', 'day', 'week']) {
      const { metrics } = await owner.query(METRICS, { from, to: to(), granularity });
      const sum = metrics.series.reduce((n: number, b: { figures: { messagesSent: number } }) => n + b.figures.messagesSent, 0);
      expect(sum, granularity).toBe(9);
      if (granularity === 'day') expect(metrics.series[0].label).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (granularity === 'week') expect(metrics.series[0].label).toMatch(/^\d{4}-W\d{2}$/);
    }
  });

  it('stored aggregates equal a recomputation from the raw events', async () => {
    const expected = await recompute(t.runtime, since, WINDOW_MS);
    const stored = await hourlyRows(t.runtime.em(), [pilot.id, rest.id]);
    const key = (r: { storeId: string; hour: Date }) => `${r.storeId}@${new Date(r.hour).toISOString()}`;
    const byKey = new Map(stored.map((r) => [key(r), r]));
    expect(stored.length).toBe(expected.length);
    for (const row of expected) {
      const found = byKey.get(key(row));
      expect(found, key(row)).toBeDefined();
      for (const [name, value] of Object.entries(row)) {
        if (name === 'storeId' || name === 'hour') continue;
        expect((found as any)[name], `${key(row)} ${name}`).toBeCloseTo(value as number, 3);
      }
    }
  });

  it('compares the pilot cohort (feature on) with the rest (off)', async () => {
    const owner = await t.owner();
    const { rollout } = await owner.query(
      `query($from: DateTime!, $to: DateTime!) { rollout(feature: "pilot-chat", from: $from, to: $to) {
        name defaultEnabled stores { store { name } enabled switches }
        on { enabled stores { name } metrics { total { messagesSent deliveryRate callSuccessRate complaintRate } } }
        off { stores { name } metrics { total { messagesSent deliveryRate callSuccessRate complaintRate } } } } }`,
      { from, to: to() },
    );
    const [feature] = rollout;
    expect(feature.name).toBe('pilot-chat');
    expect(feature.stores.find((s: any) => s.store.name === 'Pilot')).toMatchObject({ enabled: true, switches: 1 });
    expect(feature.stores.find((s: any) => s.store.name === 'Rest')).toMatchObject({ enabled: false, switches: 0 });
    expect(feature.on.stores.map((s: any) => s.name)).toEqual(['Pilot']);
    expect(feature.on.metrics.total.messagesSent).toBe(7);
    expect(feature.on.metrics.total.callSuccessRate).toBeCloseTo(0.4, 6);
    expect(feature.off.stores.map((s: any) => s.name)).toEqual(['Rest']);
    expect(feature.off.metrics.total).toMatchObject({ messagesSent: 2, deliveryRate: 1, callSuccessRate: 1, complaintRate: 0 });
  });
});

describe('authorization', () => {
  it('lets a store admin see their store only, and refuses clerks and customers', async () => {
    const admin = await t.staff(pilot, 'storeAdmin');
    const mine = await admin.query(METRICS, { from, to: to() });
    expect(mine.metrics.stores.map((s: any) => s.name)).toEqual(['Pilot']);
    const other = await admin.request(METRICS, { storeIds: [rest.globalId], from, to: to() });
    expect(other.errors?.[0]?.extensions?.code).toBe('NotAllowed');
    const clerk = await t.staff(pilot, 'clerk');
    const refused = await clerk.request(METRICS, { storeIds: [pilot.globalId], from, to: to() });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NotAllowed');
    const customer = await t.customer();
    expect((await customer.request(METRICS, { from, to: to() })).errors?.length).toBeGreaterThan(0);
    const rollout = await admin.request(`query($from: DateTime!, $to: DateTime!) { rollout(from: $from, to: $to) { name } }`, {
      from,
      to: to(),
    });
    expect(rollout.errors?.length).toBeGreaterThan(0);
  });

  it('checks the range', async () => {
    const owner = await t.owner();
    const backwards = await owner.request(METRICS, { from: to(), to: from });
    expect(backwards.errors?.[0]?.extensions?.code).toBe('InvalidInput');
    const tooLong = await owner.request(METRICS, {
      from: '2025-01-01T00:00:00Z',
      to: '2025-06-01T00:00:00Z',
      granularity: 'hour',
    });
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('InvalidInput');
  });
});

describe('rollout', () => {
  it("switches a whole cohort at once and records each store's switch", async () => {
    const owner = await t.owner();
    const extra = await t.store('Later', { features: 'defaults' });
    const result = await owner.query(
      `mutation { switchCohort(input: { feature: "pilot-chat", cohortEnabled: false, enabled: true }) {
        __typename ... on RolloutFeature { stores { store { name } enabled switches } on { stores { name } } } } }`,
    );
    const data = result.switchCohort;
    expect(data.stores.every((s: any) => s.enabled)).toBe(true);
    expect(data.on.stores.map((s: any) => s.name).sort()).toEqual(['Later', 'Pilot', 'Rest']);
    const { node } = await owner.query(
      `query($id: ID!) { node(id: $id) { ... on Store { featureHistory(feature: "pilot-chat") { enabled } } } }`,
      {
        id: extra.globalId,
      },
    );
    expect(node.featureHistory).toEqual([{ enabled: true }]);
    const admin = await t.staff(pilot, 'storeAdmin');
    const refused = await admin.request(
      `mutation { switchCohort(input: { feature: "pilot-chat", cohortEnabled: true, enabled: false }) { __typename } }`,
    );
    expect(refused.data?.switchCohort?.__typename ?? refused.errors?.[0]?.extensions?.code).toMatch(/NotAllowed/);
    // The refused switch changed nothing.
    const after = await owner.query(
      `query { rollout(feature: "pilot-chat", from: "${from}", to: "${to()}") { stores { enabled } } }`,
    );
    expect(after.rollout[0].stores.every((s: any) => s.enabled)).toBe(true);
    void globalId;
  });
});
