import { randomUUID } from 'node:crypto';
import { createTestDatabase, createTestPlatform, type TestDatabase, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metricsPlugin } from '../src/index.ts';
import { call, conversation, emit, fixturePlugin, openAllDay } from './fixture.ts';

const TOKEN = 'metrics-token-0123456789';
const from = () => new Date(Date.now() - 3_600_000).toISOString();
const to = () => new Date(Date.now() + 3_600_000).toISOString();
const TOTAL = `query($from: DateTime!, $to: DateTime!) { metrics(from: $from, to: $to) { total {
  messagesSent messagesDelivered callsStarted callsConnected callsDropped complaints complaintsResolved meanResolutionSeconds ordersCompleted } } }`;

describe('live dashboard, order of handling, Prometheus', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await createTestPlatform({ plugins: [metricsPlugin, fixturePlugin], settings: { metrics: { token: TOKEN } } });
  });
  afterAll(async () => t?.close());

  it("pushes a new dashboard snapshot as events are counted, for the viewer's stores only", async () => {
    const store = await t.store('Live');
    const other = await t.store('Elsewhere');
    const admin = await t.staff(store, 'storeAdmin');
    const customer = await t.customer();
    const sub = admin.subscribe(
      `subscription($from: DateTime!) { metricsDashboard(from: $from) { cursor report { stores { name } total { messagesSent messagesDelivered deliveryRate callsStarted } } } }`,
      { from: from() },
    );
    await sub.ready();
    const first = (await sub.next()).metricsDashboard;
    expect(first.report.stores.map((s: any) => s.name)).toEqual(['Live']);
    expect(first.report.total.messagesSent).toBe(0);

    const chat = conversation(t.runtime, store.id, customer.accountId);
    await chat.send(customer.accountId);
    let update = (await sub.next()).metricsDashboard;
    expect(update.report.total.messagesSent).toBe(1);
    expect(update.report.total.deliveryRate).toBe(0);
    expect(BigInt(update.cursor)).toBeGreaterThan(BigInt(first.cursor));

    await chat.receipt(admin.accountId, 1);
    update = (await sub.next()).metricsDashboard;
    expect(update.report.total).toMatchObject({ messagesSent: 1, messagesDelivered: 1, deliveryRate: 1 });

    // Another store's traffic does not wake this dashboard.
    await call(t.runtime, other.id).invite(customer.accountId, [admin.accountId]);
    await t.settle();
    await sub.expectSilence(300);
    await call(t.runtime, store.id).invite(customer.accountId, [admin.accountId]);
    update = (await sub.next()).metricsDashboard;
    expect(update.report.total.callsStarted).toBe(1);

    // A clerk may not open it; an admin may not ask for another store.
    const clerk = await t.staff(store, 'clerk');
    const refused = clerk.subscribe(`subscription($from: DateTime!) { metricsDashboard(from: $from) { cursor } }`, {
      from: from(),
    });
    await expect(refused.next()).rejects.toThrow(/subscription (failed|error)/);
    sub.close();
  });

  it('counts the same whichever related event is handled first', async () => {
    const store = await t.store('Order');
    await openAllDay(t, store);
    const owner = await t.owner();
    const customer = await t.customer();
    const staff = await t.staff(store, 'clerk');
    // Receipt before the message it covers; call events before the invitation; resolution before submission.
    const chat = conversation(t.runtime, store.id, customer.accountId);
    await chat.receipt(staff.accountId, 1);
    await chat.send(customer.accountId);
    const c = call(t.runtime, store.id);
    await c.join(staff.accountId);
    await c.join(customer.accountId);
    await c.left(customer.accountId, 'webhook');
    await c.end('ended');
    await c.invite(staff.accountId, [customer.accountId]);
    const complaintId = randomUUID();
    const base = { storeId: store.id, customerId: customer.accountId, complaintId };
    await emit(t.runtime, 'complaint.statusChanged', { ...base, from: 'open', to: 'resolved', note: null });
    await emit(t.runtime, 'complaint.submitted', { ...base, assigneeId: null, severity: 'low' });
    await t.settle();
    const { metrics } = await owner.query(
      `query($ids: [ID!], $from: DateTime!, $to: DateTime!) { metrics(storeIds: $ids, from: $from, to: $to) { total {
        messagesSent messagesDelivered callsStarted callsConnected callsDropped complaints complaintsResolved meanResolutionSeconds } } }`,
      { ids: [store.globalId], from: from(), to: to() },
    );
    expect(metrics.total).toEqual({
      messagesSent: 1,
      messagesDelivered: 1,
      callsStarted: 1,
      callsConnected: 1,
      callsDropped: 1,
      complaints: 1,
      complaintsResolved: 1,
      meanResolutionSeconds: 0,
    });
  });

  it('serves Prometheus metrics behind the bearer token, with GraphQL operation timings', async () => {
    const owner = await t.owner();
    for (let i = 0; i < 3; i++) await owner.query(`query StoresForMetrics { stores { name } }`);
    const base = t.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer wrong-token-wrong-token' } })).status).toBe(401);
    const response = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(Number(/^lacewire_event_log_head_id (\d+)$/m.exec(text)?.[1])).toBeGreaterThan(0);
    for (const name of [
      'process_cpu_seconds_total',
      'nodejs_heap_size_used_bytes',
      'lacewire_http_requests_total{method="POST",status="200"}',
      'lacewire_graphql_operation_duration_seconds_count{operation="StoresForMetrics",type="query"} 3',
      'lacewire_subscriptions_open',
      'lacewire_event_log_head_id',
      'lacewire_event_log_dispatch_lag_events',
      'lacewire_event_consumer_lag_seconds{consumer="metrics:message.sent"}',
      'lacewire_event_consumer_lag_events{consumer="metrics:message.sent"}',
      'lacewire_event_dead_total',
      'lacewire_job_queue_depth',
    ]) {
      expect(text, name).toContain(name);
    }
  });

  it('reports API latency per operation from the stored histograms (owner)', async () => {
    const owner = await t.owner();
    for (let i = 0; i < 4; i++) await owner.query(`query LatencyProbe { stores { name } }`);
    const { metrics } = await owner.query(
      `query($from: DateTime!, $to: DateTime!) { metrics(from: $from, to: $to) { apiLatency { operation count errors p50Ms p95Ms meanMs } } }`,
      { from: from(), to: to() },
    );
    const probe = metrics.apiLatency.find((o: any) => o.operation === 'LatencyProbe');
    expect(probe).toMatchObject({ count: 4, errors: 0 });
    expect(probe.p50Ms).toBeGreaterThan(0);
    expect(probe.p95Ms).toBeGreaterThanOrEqual(probe.p50Ms);
    const store = await t.store('Latency');
    const admin = await t.staff(store, 'storeAdmin');
    const refused = await admin.request(
      `query($from: DateTime!, $to: DateTime!) { metrics(from: $from, to: $to) { apiLatency { operation } } }`,
      {
        from: from(),
        to: to(),
      },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('NotAllowed');
  });
});

describe('without METRICS_TOKEN', () => {
  it('has no /metrics endpoint', async () => {
    const t = await createTestPlatform({ plugins: [metricsPlugin, fixturePlugin] });
    try {
      const response = await fetch(t.url.replace(/\/graphql$/, '/metrics'), { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(response.status).not.toBe(200);
    } finally {
      await t.close();
    }
  });
});

describe('restart', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database?.drop());

  it('keeps the aggregates and API timings across a restart and goes on counting', async () => {
    const plugins = [metricsPlugin, fixturePlugin];
    const settings = { metrics: { flushIntervalMs: 100 } };
    let t = await createTestPlatform({ plugins, settings, databaseUrl: database.url });
    const store = await t.store('Restart');
    const customer = await t.customer();
    const staff = await t.staff(store, 'clerk');
    const chat = conversation(t.runtime, store.id, customer.accountId);
    await chat.send(customer.accountId);
    await chat.send(customer.accountId);
    await chat.receipt(staff.accountId, 1);
    await emit(t.runtime, 'order.pickedUp', {
      orderId: randomUUID(),
      storeId: store.id,
      customerId: customer.accountId,
      pickedUpBy: staff.accountId,
    });
    await t.settle();
    let owner = await t.owner();
    await owner.query(`query BeforeRestart { stores { name } }`);
    const before = (await owner.query(TOTAL, { from: from(), to: to() })).metrics.total;
    expect(before).toMatchObject({ messagesSent: 2, messagesDelivered: 1, ordersCompleted: 1 });
    // Stop while one message is still waiting for its receipt (timings are written every flushIntervalMs).
    await new Promise((resolve) => setTimeout(resolve, 300));
    await t.close();

    t = await createTestPlatform({ plugins, settings, databaseUrl: database.url });
    try {
      owner = await t.signIn('owner', 'test-password-1');
      expect((await owner.query(TOTAL, { from: from(), to: to() })).metrics.total).toEqual(before);
      // The message waiting before the restart is delivered after it.
      await emit(t.runtime, 'conversation.receiptUpdated', {
        storeId: store.id,
        conversationId: chat.id,
        accountId: staff.accountId,
        deliveredSeq: 2,
        readSeq: 0,
      });
      await t.settle();
      const { metrics } = await owner.query(
        `query($from: DateTime!, $to: DateTime!) { metrics(from: $from, to: $to) { total { messagesSent messagesDelivered } apiLatency { operation count } } }`,
        { from: from(), to: to() },
      );
      expect(metrics.total).toEqual({ messagesSent: 2, messagesDelivered: 2 });
      expect(metrics.apiLatency.find((o: any) => o.operation === 'BeforeRestart')?.count).toBe(1);
    } finally {
      await t.close();
    }
  });
});
