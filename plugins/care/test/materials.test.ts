/**
 * Without the catalog plugin, care records materials as staff type them (name, quantity, unit):
 * there is no stock to pick from. With the catalog they must be catalog materials
 * (test/scenarios/materials.test.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesPlugin } from '@lacewire/plugin-files';
import { createTestPlatform, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { carePlugin } from '../src/index.ts';
import { move, openOrder } from './helpers.ts';

let t: TestPlatform;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lw-care-materials-'));
  t = await createTestPlatform({
    plugins: [filesPlugin, carePlugin],
    settings: { files: { directory: dir, secret: 'care-test-secret-care-test-secret!!' } },
  });
});
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

it('records typed materials; a material without a name or unit is refused', async () => {
  const store = await t.store();
  const clerk = await t.staff(store, 'clerk');
  const tech = await t.staff(store, 'technician');
  const customer = await t.customer();
  const order = await openOrder(clerk, store, customer.accountId, { technicianId: tech.accountId });
  await move(tech, order.id, 'cleaning');
  const started = await tech.query(
    `mutation($input: StartCareStepInput!) { startCareStep(input: $input) { ... on CareStep { id } } }`,
    { input: { orderId: order.id } },
  );
  const FINISH = `mutation($input: FinishCareStepInput!) { finishCareStep(input: $input) { __typename
    ... on CareStep { materials { materialId name quantity unit } } ... on InvalidInput { field } } }`;
  const stepId = started.startCareStep.id;
  const unnamed = await tech.query(FINISH, { input: { stepId, labourMinutes: 20, materials: [{ quantity: 1 }] } });
  expect(unnamed.finishCareStep).toEqual({ __typename: 'InvalidInput', field: 'materials' });
  const done = await tech.query(FINISH, {
    input: { stepId, labourMinutes: 20, materials: [{ name: ' 中性清洁剂 ', quantity: 12.5, unit: 'ml' }] },
  });
  expect(done.finishCareStep).toEqual({
    __typename: 'CareStep',
    materials: [{ materialId: null, name: '中性清洁剂', quantity: 12.5, unit: 'ml' }],
  });
});
