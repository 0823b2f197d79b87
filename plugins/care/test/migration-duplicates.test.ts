/**
 * Migration 0005 makes a pair's active order unique. A database from before it may hold several
 * active orders of one pair (the check-in's ghost order and the intake's): the migration keeps
 * the newest active, cancels the older ones with a timeline entry naming the order that
 * continues (worded for staff and for the customer), withdraws their pending change requests,
 * and then builds the index.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec, rows, sql } from '@lacewire/core';
import { filesPlugin } from '@lacewire/plugin-files';
import { createTestPlatform, localId, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { carePlugin } from '../src/index.ts';
import { migrations } from '../src/migrations.ts';
import { openOrder, SERVICES } from './helpers.ts';

let t: TestPlatform;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lw-care-migration-'));
  t = await createTestPlatform({
    plugins: [filesPlugin, carePlugin],
    settings: { files: { directory: dir, secret: 'care-test-secret-care-test-secret!!' } },
  });
});
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

const MIGRATION = migrations.find((m) => m.name === '0005_intake_and_one_active_order_per_pair');
const HISTORY = `query($id: ID!) { node(id: $id) { ... on WorkOrder { status cancelReason services { state }
  changeRequests { status } timeline { kind toStatus text } } } }`;

it('keeps the newest active order of a pair, cancels the older duplicates with a history entry, then enforces one', async () => {
  if (!MIGRATION) throw new Error('migration 0005 is missing');
  const store = await t.store();
  const clerk = await t.staff(store, 'clerk');
  const customer = await t.customer();
  // 0, 1, 2: active orders of one pair, oldest first; 3: that pair's order picked up long ago; 4: another pair.
  const orders = [];
  for (let i = 0; i < 5; i++) orders.push(await openOrder(clerk, store, customer.accountId));
  const raised = await clerk.query(
    `mutation($input: RaiseChangeRequestInput!) { raiseChangeRequest(input: $input) { __typename } }`,
    { input: { orderId: orders[0].id, description: '鞋底开胶', service: SERVICES.sole } },
  );
  expect(raised.raiseChangeRequest.__typename).toBe('ChangeRequest');

  // The database as it was before 0005: no index, one pair on four orders (one of them closed).
  const em = t.runtime.em();
  await exec(em, sql`drop index care_work_order_active_pair`);
  const pair = randomUUID();
  const ids = orders.map((o) => localId(o.id));
  for (const [i, id] of ids.slice(0, 4).entries()) {
    await exec(
      em,
      sql`update care_work_order set shoe_id = ${pair}, created_at = now() - make_interval(days => ${10 - i}) where id = ${id}`,
    );
  }
  await exec(em, sql`update care_work_order set status = 'pickedUp' where id = ${ids[3]}`);
  await exec(em, sql`update care_work_order set shoe_id = ${randomUUID()} where id = ${ids[4]}`);

  await t.runtime.em().transactional((tx) => exec(tx, sql.raw(MIGRATION.up)));

  const statuses = await rows<{ id: string; status: string }>(
    em,
    sql`select id, status from care_work_order where id = any(${ids}::uuid[])`,
  );
  const statusOf = (i: number) => statuses.find((r) => r.id === ids[i])?.status;
  // The newest active order of the pair continues; the picked-up one and the other pair are untouched.
  expect([0, 1, 2, 3, 4].map(statusOf)).toEqual(['cancelled', 'cancelled', 'received', 'pickedUp', 'received']);

  const staffView = (await clerk.query(HISTORY, { id: orders[0].id })).node;
  const tag = orders[2].tagNumber;
  expect(staffView).toMatchObject({
    status: 'cancelled',
    cancelReason: `重复的在店订单，这双鞋在 ${tag} 继续`,
    services: [{ state: 'quoted' }, { state: 'quoted' }, { state: 'declined' }],
    changeRequests: [{ status: 'withdrawn' }],
  });
  expect(staffView.timeline.at(-1)).toEqual({
    kind: 'status',
    toStatus: 'cancelled',
    text: `已取消（重复的在店订单，这双鞋在 ${tag} 继续）`,
  });
  const customerView = (await customer.query(HISTORY, { id: orders[1].id })).node;
  expect(customerView.timeline.at(-1).text).toBe(`已取消（重复的订单已关闭，您的鞋在订单 ${tag} 继续护理）`);

  // From now on the database holds the rule: a second active order of the pair is refused.
  await expect(exec(em, sql`update care_work_order set shoe_id = ${pair} where id = ${ids[4]}`)).rejects.toThrow(
    /care_work_order_active_pair/,
  );
});
