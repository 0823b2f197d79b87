/**
 * Materials come from the store's catalog (issue 18, point 4): a finished step names catalog
 * materials with a quantity in the catalog's unit, the stock goes down, more than there is is
 * refused as InsufficientStock with nothing taken, and what runs low is listed for the counter
 * and announced to clerks live. Free text is refused: it belongs in the step's notes.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { carePlugin } from '@lacewire/plugin-care';
import { catalogPlugin } from '@lacewire/plugin-catalog';
import { customersPlugin } from '@lacewire/plugin-customers';
import { filesPlugin } from '@lacewire/plugin-files';
import { createTestPlatform, globalId, type TestClient, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { account, moveTo, OPEN, openInput, SERVICES } from './setup.ts';

let t: TestPlatform;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lw-materials-'));
  t = await createTestPlatform({
    plugins: [customersPlugin, catalogPlugin, filesPlugin, carePlugin],
    settings: { files: { directory: dir, secret: 'materials-secret-materials-secret!' } },
  });
});
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

const CREATE = `mutation($input: CreateMaterialInput!) { createMaterial(input: $input) { ... on Material { id } } }`;
const START = `mutation($input: StartCareStepInput!) { startCareStep(input: $input) { __typename ... on CareStep { id } } }`;
const FINISH = `mutation($input: FinishCareStepInput!) { finishCareStep(input: $input) { __typename
  ... on CareStep { finishedAt notes materials { materialId name quantity unit } }
  ... on InsufficientStock { materialId material stock unit code }
  ... on InvalidInput { field } ... on Error { message } } }`;
const STOCK = `query($id: ID!) { node(id: $id) { ... on Store { materials { id name stock low } lowStockMaterials { name stock } } } }`;

async function material(
  admin: TestClient,
  storeId: string,
  name: string,
  unit: string,
  stock: number,
  lowStockThreshold: number,
) {
  const created = await admin.query(CREATE, { input: { storeId, name, unit, stock, lowStockThreshold } });
  return created.createMaterial.id as string;
}

/** Name, stock and low flag of each material, by name (the database's collation orders Chinese its own way). */
const stockOf = (store: { materials: { name: string; stock: number; low: boolean }[] }) =>
  store.materials.map((m) => [m.name, m.stock, m.low]).sort((a, b) => String(a[0]).localeCompare(String(b[0]), 'en'));

it('a step takes catalog materials out of stock; too much is InsufficientStock; low stock is listed and announced', async () => {
  const store = await t.store('拾履 静安店');
  const other = await t.store('拾履 徐汇店');
  const admin = await t.staff(store, 'storeAdmin');
  const clerk = await t.staff(store, 'clerk');
  const tech = await t.staff(store, 'technician', '王师傅');
  const customer = await t.customer();
  const cleaner = await material(admin, store.globalId, '中性清洁剂', 'ml', 100, 30);
  const glue = await material(admin, store.globalId, '鞋底胶', 'g', 50, 10);
  const elsewhere = await material(await t.staff(other, 'storeAdmin'), other.globalId, '中性清洁剂', 'ml', 500, 50);

  const { openWorkOrder } = await clerk.query(
    OPEN,
    openInput(store, globalId('Customer', customer.accountId), [SERVICES.clean], { technicianId: account(tech.accountId) }),
  );
  await moveTo(tech, openWorkOrder.id, 'cleaning');
  const step = (await tech.query(START, { input: { orderId: openWorkOrder.id } })).startCareStep.id;
  const finish = (materials: object[], notes?: string) =>
    tech.query(FINISH, { input: { stepId: step, labourMinutes: 30, materials, notes } });

  // Typed out, from another store, in fractions or in another unit: refused, nothing taken.
  for (const refused of [
    [{ name: '中性清洁剂', quantity: 20, unit: 'ml' }],
    [{ materialId: elsewhere, quantity: 20 }],
    [{ materialId: cleaner, quantity: 2.5 }],
    [{ materialId: cleaner, quantity: 20, unit: '瓶' }],
  ]) {
    expect((await finish(refused)).finishCareStep).toMatchObject({ __typename: 'InvalidInput', field: 'materials' });
  }
  // Two materials, the second short: the whole step is refused and the first is not taken either.
  const short = await finish([
    { materialId: cleaner, quantity: 20 },
    { materialId: glue, quantity: 51 },
  ]);
  expect(short.finishCareStep).toMatchObject({
    __typename: 'InsufficientStock',
    code: 'InsufficientStock',
    materialId: glue,
    material: '鞋底胶',
    stock: 50,
    unit: 'g',
  });
  expect(stockOf((await admin.query(STOCK, { id: store.globalId })).node)).toEqual([
    ['中性清洁剂', 100, false],
    ['鞋底胶', 50, false],
  ]);

  const events = clerk.subscribe(
    `subscription($storeId: ID!) { catalogEvents(storeId: $storeId) { type material { name stock low } } }`,
    { storeId: store.globalId },
  );
  await events.ready();
  const done = await finish(
    [
      { materialId: cleaner, quantity: 75, unit: 'ml' },
      { materialId: glue, quantity: 5 },
    ],
    '鞋头污渍较重，多用了清洁剂',
  );
  expect(done.finishCareStep).toMatchObject({
    __typename: 'CareStep',
    notes: '鞋头污渍较重，多用了清洁剂',
    materials: [
      { materialId: cleaner, name: '中性清洁剂', quantity: 75, unit: 'ml' },
      { materialId: glue, name: '鞋底胶', quantity: 5, unit: 'g' },
    ],
  });
  const seen = await events.take(3);
  expect(seen.map((e) => e.catalogEvents.type)).toEqual(['material.consumed', 'material.lowStock', 'material.consumed']);
  expect(seen[1].catalogEvents.material).toEqual({ name: '中性清洁剂', stock: 25, low: true });
  await events.close();

  // The counter (and the technician) see what runs low; the other store's stock is untouched.
  for (const reader of [clerk, tech]) {
    const { node } = await reader.query(STOCK, { id: store.globalId });
    expect(stockOf(node)).toEqual([
      ['中性清洁剂', 25, true],
      ['鞋底胶', 45, false],
    ]);
    expect(node.lowStockMaterials).toEqual([{ name: '中性清洁剂', stock: 25 }]);
  }
  const theirs = await t.staff(other, 'clerk');
  expect((await theirs.query(STOCK, { id: other.globalId })).node.materials).toMatchObject([{ stock: 500 }]);
  const customerReads = await customer.request(STOCK, { id: store.globalId });
  expect(customerReads.errors?.[0]?.extensions?.code).toBe('NotAllowed');
});
