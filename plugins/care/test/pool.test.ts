/**
 * The store's pool (issue 18, point 3): technicians see the orders no one holds, live, and claim
 * them — of two claiming at once exactly one wins — and clerks and admins see who holds what.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesPlugin } from '@lacewire/plugin-files';
import { createTestPlatform, type TestPlatform, type TestStore } from '@lacewire/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { carePlugin } from '../src/index.ts';
import { account, move, openOrder } from './helpers.ts';

let t: TestPlatform;
let dir: string;
let store: TestStore;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lw-care-pool-'));
  t = await createTestPlatform({
    plugins: [filesPlugin, carePlugin],
    settings: { care: { dayMs: 150 }, files: { directory: dir, secret: 'care-test-secret-care-test-secret!!' } },
  });
  store = await t.store('静安店');
});
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

const POOL = `query($storeId: ID!) { unassignedOrders(storeId: $storeId) { id technician { accountId } } }`;
const CLAIM = `mutation($input: ClaimWorkOrderInput!) { claimWorkOrder(input: $input) { __typename
  ... on WorkOrder { id technician { accountId } timeline { kind } } ... on AlreadyClaimed { technicianId } ... on Error { message } } }`;
const WORKLOAD = `query($storeId: ID!) { storeWorkload(storeId: $storeId) {
  technicians { technician { accountId } orders { id } } unassigned { id } } }`;

it('technicians see the pool live and claim from it; two claiming at once: one wins, the other gets AlreadyClaimed', async () => {
  const clerk = await t.staff(store, 'clerk');
  const admin = await t.staff(store, 'storeAdmin');
  const [a, b] = [await t.staff(store, 'technician', '甲'), await t.staff(store, 'technician', '乙')];
  const customer = await t.customer();
  const live = b.subscribe(`subscription($storeId: ID!) { storeBoardEvents(storeId: $storeId) { type orderId } }`, {
    storeId: store.globalId,
  });
  await live.ready();
  const order = await openOrder(clerk, store, customer.accountId);
  expect((await live.next()).storeBoardEvents).toEqual({ type: 'order.opened', orderId: order.id });

  for (const tech of [a, b]) {
    expect((await tech.query(POOL, { storeId: store.globalId })).unassignedOrders).toEqual([{ id: order.id, technician: null }]);
    const listed = await tech.query(`query($s: ID!) { workOrders(storeId: $s, unassigned: true) { id } }`, { s: store.globalId });
    expect(listed.workOrders).toEqual([{ id: order.id }]);
  }
  // A pool order is claimed before it is worked on.
  expect((await move(a, order.id, 'cleaning')).__typename).toBe('NotAllowed');

  const [first, second] = await Promise.all([
    a.query(CLAIM, { input: { orderId: order.id } }),
    b.query(CLAIM, { input: { orderId: order.id } }),
  ]);
  const results = [first.claimWorkOrder, second.claimWorkOrder];
  const winner = results.find((r) => r.__typename === 'WorkOrder');
  const loser = results.find((r) => r.__typename === 'AlreadyClaimed');
  expect(winner).toBeTruthy();
  expect(loser?.technicianId).toBe(winner.technician.accountId);
  expect(winner.timeline.map((e: any) => e.kind)).toEqual(['opened', 'claimed']);
  const holder = winner.technician.accountId === account(a.accountId) ? a : b;
  const other = holder === a ? b : a;

  expect((await other.query(POOL, { storeId: store.globalId })).unassignedOrders).toEqual([]);
  expect((await other.query(`query($id: ID!) { node(id: $id) { id } }`, { id: order.id })).node).toBeNull();
  expect((await move(holder, order.id, 'cleaning')).status).toBe('cleaning');

  // Who holds what, for the admin; technicians are not shown the store's workload.
  const { storeWorkload } = await admin.query(WORKLOAD, { storeId: store.globalId });
  expect(storeWorkload.unassigned).toEqual([]);
  expect(storeWorkload.technicians).toEqual(
    expect.arrayContaining([
      { technician: { accountId: account(holder.accountId) }, orders: [{ id: order.id }] },
      { technician: { accountId: account(other.accountId) }, orders: [] },
    ]),
  );
  const byTech = await admin.query(`query($s: ID!, $t: ID!) { workOrders(storeId: $s, technicianId: $t) { id } }`, {
    s: store.globalId,
    t: account(holder.accountId),
  });
  expect(byTech.workOrders).toEqual([{ id: order.id }]);
  await expect(holder.query(WORKLOAD, { storeId: store.globalId })).rejects.toThrow(/Clerks and store admins/);
  await live.close();
});
