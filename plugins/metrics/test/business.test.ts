import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aftercarePlugin } from '@lacewire/plugin-aftercare';
import { appointmentsPlugin, bookAppointment, setShiftTemplate } from '@lacewire/plugin-appointments';
import { carePlugin } from '@lacewire/plugin-care';
import { catalogPlugin } from '@lacewire/plugin-catalog';
import { customersPlugin } from '@lacewire/plugin-customers';
import { filesPlugin } from '@lacewire/plugin-files';
import { grantRole } from '@lacewire/plugin-identity';
import { createTestPlatform, globalId, localId, type TestClient, type TestPlatform, type TestStore } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metricsPlugin } from '../src/index.ts';

// Orders, revenue, trend, labour against the catalog's standard durations, and headquarters'
// view of every store, with the real care, catalog, aftercare and appointments plugins.

let t: TestPlatform;
let dir: string;
let a: TestStore;
let b: TestStore;
let admin: TestClient;
let clerk: TestClient;
let tech1: TestClient & { accountId: string };
let tech2: TestClient & { accountId: string };
let customer: TestClient & { accountId: string };
const ids: Record<string, string> = {};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const hours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();

/** A zone where it is about noon now, so that a visit later today fits the shifts whatever the hour. */
function noonZone(): string {
  const offset = 12 - new Date().getUTCHours();
  return offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

async function ok(client: TestClient, mutation: string, input: object, type: string) {
  const data = await client.query(
    `mutation($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { __typename ... on ${type} { id } ... on Error { message } } }`,
    { input },
  );
  const result = data[mutation];
  if (result.__typename !== type) throw new Error(`${mutation}: ${JSON.stringify(result)}`);
  return result.id as string;
}

async function service(name: string, category: string, durationMinutes: number, priceMinor: number) {
  return ok(admin, 'createService', { storeId: a.globalId, name, category, durationMinutes, priceMinor }, 'Service');
}

async function open(services: string[], technicianId: string, promisedAt: string) {
  const order = await ok(
    clerk,
    'openWorkOrder',
    {
      storeId: a.globalId,
      customerId: globalId('Customer', customer.accountId),
      shoe: { brand: 'Nike', model: 'Dunk Low' },
      services: services.map((serviceId) => ({ serviceId })),
      technicianId: globalId('Account', technicianId),
      promisedAt,
    },
    'WorkOrder',
  );
  return order;
}

/** Materials come out of the store's catalog stock. */
async function material(name: string) {
  return ok(admin, 'createMaterial', { storeId: a.globalId, name, unit: 'ml', stock: 1_000, lowStockThreshold: 100 }, 'Material');
}

async function step(tech: TestClient, orderId: string, serviceId: string, minutes: number, material: [string, number]) {
  // A catalog service's line on an order has the service's id as its code.
  const stepId = await ok(tech, 'startCareStep', { orderId, serviceCode: localId(serviceId) }, 'CareStep');
  await ok(
    tech,
    'finishCareStep',
    {
      stepId,
      labourMinutes: minutes,
      materials: [{ materialId: ids[material[0]], name: material[0], quantity: material[1], unit: 'ml' }],
    },
    'CareStep',
  );
}

const move = (orderId: string, to: string) => ok(clerk, 'moveOrder', { orderId, to }, 'WorkOrder');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lw-metrics-'));
  const plugins = [customersPlugin, catalogPlugin, appointmentsPlugin, filesPlugin, carePlugin, aftercarePlugin, metricsPlugin];
  t = await createTestPlatform({
    plugins,
    settings: { files: { directory: dir, secret: 'metrics-secret-metrics-secret-metrics' } },
  });
  a = await t.store('静安');
  b = await t.store('Noon', { timeZone: noonZone() });
  admin = await t.staff(a, 'storeAdmin');
  clerk = await t.staff(a, 'clerk');
  tech1 = await t.staff(a, 'technician', '王师傅');
  tech2 = await t.staff(a, 'technician', '赵师傅');
  customer = await t.customer();
  ids.clean = await service('深度清洁', 'cleaning', 60, 12_800);
  ids.recolour = await service('补色', 'recolouring', 120, 26_800);
  for (const name of ['清洁剂', '补色剂']) ids[name] = await material(name);

  // o1: cleaned (80 min) and recoloured (100 min) by 王师傅, picked up: ¥396.
  ids.o1 = await open([ids.clean, ids.recolour], tech1.accountId, hours(48));
  await move(ids.o1, 'cleaning');
  await step(tech1, ids.o1, ids.clean, 80, ['清洁剂', 20]);
  await move(ids.o1, 'recolouring');
  await step(tech1, ids.o1, ids.recolour, 100, ['补色剂', 10]);
  for (const to of ['qualityCheck', 'readyForPickup']) await move(ids.o1, to);
  const { node } = await customer.query(`query($id: ID!) { node(id: $id) { ... on WorkOrder { pickupCode } } }`, { id: ids.o1 });
  await ok(clerk, 'pickUpOrder', { orderId: ids.o1, code: node.pickupCode }, 'WorkOrder');
  // o2: cleaned by 赵师傅 (50 min), promised in two seconds: overdue soon.
  ids.o2 = await open([ids.clean], tech2.accountId, new Date(Date.now() + 2_000).toISOString());
  await move(ids.o2, 'cleaning');
  await step(tech2, ids.o2, ids.clean, 50, ['清洁剂', 15]);
  // o3: waits for the customer's answer to extra work.
  ids.o3 = await open([ids.clean], tech1.accountId, hours(72));
  await ok(
    tech1,
    'raiseChangeRequest',
    {
      orderId: ids.o3,
      description: '鞋底开胶',
      service: { code: 'sole', name: '鞋底重粘', category: 'repair', priceMinor: 8_800 },
    },
    'ChangeRequest',
  );
  // A complaint about o1, and a visit later today in the store where it is noon.
  await ok(
    customer,
    'submitComplaint',
    { orderId: ids.o1, category: 'quality', severity: 'low', description: '鞋头还有污渍' },
    'Complaint',
  );
  const noonTech = await t.staff(b, 'technician');
  await t.runtime.tx(async (tx) => {
    await setShiftTemplate(
      tx,
      b.id,
      noonTech.accountId,
      [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, starts: '10:00', ends: '19:00' })),
    );
    await tx.em.flush();
  });
  const visitService = await ok(
    await t.staff(b, 'storeAdmin'),
    'createService',
    { storeId: b.globalId, name: '鉴定', category: 'authentication', durationMinutes: 30, priceMinor: 9_900 },
    'Service',
  );
  const inThreeHours = new Date(Math.ceil((Date.now() + 3 * 3_600_000) / 1_800_000) * 1_800_000);
  await t.runtime.tx((tx) =>
    bookAppointment(tx, {
      storeId: b.id,
      customerId: customer.accountId,
      serviceIds: [localId(visitService)],
      startsAt: inThreeHours,
      online: false,
      createdBy: customer.accountId,
    }),
  );
  await sleep(2_100);
  await t.settle();
}, 60_000);
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('orders and revenue', () => {
  const REPORT = `query($s: [ID!], $from: DateTime!, $to: DateTime!) { metrics(storeIds: $s, from: $from, to: $to) { from
    total { ordersOpened ordersCompleted revenueMinor averageOrderValueMinor }
    previous { from to total { ordersOpened revenueMinor } } } }`;

  it('counts orders opened and what picked-up orders paid, with the period before for trends', async () => {
    const { metrics } = await admin.query(REPORT, { s: [a.globalId], from: hours(-1), to: hours(1) });
    expect(metrics.total).toEqual({ ordersOpened: 3, ordersCompleted: 1, revenueMinor: 39_600, averageOrderValueMinor: 39_600 });
    expect(metrics.previous.total).toEqual({ ordersOpened: 0, revenueMinor: 0 });
    // A period that starts in an hour: this hour's business is its previous period's.
    const later = await admin.query(REPORT, { s: [a.globalId], from: hours(1), to: hours(3) });
    expect(later.metrics.total).toMatchObject({ ordersOpened: 0, revenueMinor: 0 });
    expect(later.metrics.previous.total).toEqual({ ordersOpened: 3, revenueMinor: 39_600 });
    expect(new Date(later.metrics.previous.to).getTime()).toBe(new Date(later.metrics.from).getTime());
  });
});

describe('labour statistics', () => {
  const LABOUR = `query($s: [ID!], $from: DateTime!, $to: DateTime!) { metrics(storeIds: $s, from: $from, to: $to) { labour {
    total { minutes steps orders standardMinutes ratioToStandard }
    technicians { technician { displayName } minutes steps orders standardMinutes }
    services { name serviceId minutes orders standardMinutes averageMinutesPerOrder }
    orders(first: 5) { order { id tagNumber } minutes standardMinutes }
    series { label minutes standardMinutes }
    materials { name unit quantity }
    materialSeries { label materials { name quantity } } } } }`;

  it('gives minutes per technician, service and order against the standard durations, and the materials used', async () => {
    const { metrics } = await admin.query(LABOUR, { s: [a.globalId], from: hours(-1), to: hours(1) });
    const labour = metrics.labour;
    expect(labour.total).toEqual({ minutes: 230, steps: 3, orders: 2, standardMinutes: 240, ratioToStandard: 230 / 240 });
    expect(labour.technicians).toEqual([
      { technician: { displayName: '王师傅' }, minutes: 180, steps: 2, orders: 1, standardMinutes: 180 },
      { technician: { displayName: '赵师傅' }, minutes: 50, steps: 1, orders: 1, standardMinutes: 60 },
    ]);
    expect(labour.services).toEqual([
      {
        name: '深度清洁',
        serviceId: ids.clean,
        minutes: 130,
        orders: 2,
        standardMinutes: 120,
        averageMinutesPerOrder: 65,
      },
      {
        name: '补色',
        serviceId: ids.recolour,
        minutes: 100,
        orders: 1,
        standardMinutes: 120,
        averageMinutesPerOrder: 100,
      },
    ]);
    // Furthest over the standard first: o1 is on it (180 of 180), o2 under (50 of 60).
    expect(labour.orders.map((o: any) => [o.order.id, o.minutes, o.standardMinutes])).toEqual([
      [ids.o1, 180, 180],
      [ids.o2, 50, 60],
    ]);
    expect(labour.series.reduce((n: number, s: any) => n + s.minutes, 0)).toBe(230);
    expect(labour.materials).toEqual([
      { name: '清洁剂', unit: 'ml', quantity: 35 },
      { name: '补色剂', unit: 'ml', quantity: 10 },
    ]);
    expect(labour.materialSeries.flatMap((s: any) => s.materials.map((m: any) => m.name)).sort()).toEqual(
      ['清洁剂', '补色剂'].sort(),
    );
  });

  it('is nothing for a period without finished steps, and refuses a store admin of another store', async () => {
    const { metrics } = await admin.query(LABOUR, { s: [a.globalId], from: hours(-48), to: hours(-24) });
    expect(metrics.labour.total).toMatchObject({ minutes: 0, steps: 0, orders: 0, standardMinutes: null });
    const other = await t.staff(b, 'storeAdmin');
    const refused = await other.request(LABOUR, { s: [a.globalId], from: hours(-1), to: hours(1) });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NotAllowed');
  });
});

describe("headquarters' view of every store", () => {
  const OVERVIEW = `{ storesOverview { __typename
    ... on StoresOverview { at stores { store { id name } inProgress overdue waitingForCustomer readyForPickup
      complaintsOpen complaintsPastSla appointmentsToday appointmentsCheckedIn
      today { total { revenueMinor ordersOpened } } week { total { revenueMinor } series { label figures { revenueMinor } } } } }
    ... on Error { code } } }`;

  it('shows the owner each store: work in hand, complaints, visits today, revenue today and over 7 days', async () => {
    const owner = await t.owner();
    const { storesOverview } = await owner.query(OVERVIEW);
    expect(storesOverview.__typename).toBe('StoresOverview');
    const byName = Object.fromEntries(storesOverview.stores.map((s: any) => [s.store.name, s]));
    expect(byName.静安).toMatchObject({
      inProgress: 2,
      overdue: 1,
      waitingForCustomer: 1,
      readyForPickup: 0,
      complaintsOpen: 1,
      complaintsPastSla: 0,
      appointmentsToday: 0,
      today: { total: { revenueMinor: 39_600, ordersOpened: 3 } },
      week: { total: { revenueMinor: 39_600 } },
    });
    expect(byName.静安.week.series.map((d: any) => d.figures.revenueMinor)).toEqual([39_600]);
    expect(byName.Noon).toMatchObject({ inProgress: 0, complaintsOpen: 0, appointmentsToday: 1, appointmentsCheckedIn: 0 });
    expect(byName.Noon.today.total.revenueMinor).toBe(0);
  });

  it('shows an admin of several stores theirs only, and refuses everyone else with a typed error', async () => {
    const third = await t.store('Third');
    const both = await t.staff(a, 'storeAdmin', '两店店长');
    await t.runtime.tx((tx) => grantRole(tx, both.accountId, b.id, 'storeAdmin'));
    const { storesOverview } = await both.query(OVERVIEW);
    expect(storesOverview.stores.map((s: any) => s.store.name).sort()).toEqual(['Noon', '静安'].sort());
    expect(storesOverview.stores.some((s: any) => s.store.id === third.globalId)).toBe(false);
    for (const client of [admin, clerk, tech1, customer, t.anonymous()]) {
      const refused = await client.query(OVERVIEW);
      expect(refused.storesOverview).toEqual({ __typename: 'NotAllowed', code: 'NotAllowed' });
    }
  });
});
