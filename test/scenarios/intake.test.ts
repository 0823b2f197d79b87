/**
 * Care with the customers, catalog and appointments plugins: a check-in opens the work order
 * (booked services at list price, booked technician, the pair on file), materials used in a
 * step come out of catalog stock, and the customer record lists the order.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aftercarePlugin } from '@lacewire/plugin-aftercare';
import { appointmentsPlugin } from '@lacewire/plugin-appointments';
import { carePlugin } from '@lacewire/plugin-care';
import { catalogPlugin } from '@lacewire/plugin-catalog';
import { customersPlugin } from '@lacewire/plugin-customers';
import { filesPlugin } from '@lacewire/plugin-files';
import { createTestPlatform, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BOOK, customerOf, localTime, middayZone, shop } from '../../plugins/appointments/test/setup.ts';
import { account, moveTo } from './setup.ts';

let t: TestPlatform;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lw-intake-'));
  t = await createTestPlatform({
    plugins: [customersPlugin, catalogPlugin, appointmentsPlugin, filesPlugin, carePlugin, aftercarePlugin],
    settings: { files: { directory: dir, secret: 'intake-secret-intake-secret-intake!' } },
  });
});
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

it('a check-in opens the work order; materials come out of catalog stock; the customer lists the order', async () => {
  const s = await shop(t, { zone: middayZone() });
  const customer = await customerOf(t, s);
  const { addShoe } = await customer.query(
    `mutation($input: AddShoeInput!) { addShoe(input: $input) { __typename ... on Shoe { id } ... on Error { message } } }`,
    { input: { brand: 'Adidas', model: 'Yeezy 350', colour: '米白', material: '针织' } },
  );
  const booked = (
    await customer.query(BOOK, {
      input: {
        storeId: s.store.globalId,
        serviceIds: [s.services.clean, s.services.spray],
        startsAt: localTime(s.zone, 1, 10),
        shoeIds: [addShoe.id],
      },
    })
  ).bookAppointment;
  expect(booked.__typename).toBe('Appointment');
  const live = customer.subscribe(`subscription { myOrderEvents { type order { status } } }`);
  await live.ready();
  const checkIn = await s.clerk.query(
    `mutation($input: CheckInAppointmentInput!) { checkInAppointment(input: $input) { __typename ... on Error { message } } }`,
    { input: { appointmentId: booked.id } },
  );
  expect(checkIn.checkInAppointment.__typename).toBe('Appointment');
  expect((await live.next()).myOrderEvents).toMatchObject({ type: 'order.opened', order: { status: 'received' } });

  const { myOrders } = await customer.query(
    `{ myOrders { id shoeId shoe { brand model } technician { accountId } totalMinor services { name category priceMinor } stages { key } } }`,
  );
  expect(myOrders).toHaveLength(1);
  const order = myOrders[0];
  expect(order.shoe).toEqual({ brand: 'Adidas', model: 'Yeezy 350' });
  expect(order.technician.accountId).toBe(account(s.technicians[0].accountId));
  expect(order.shoeId).toBe(addShoe.id);
  expect(order.services.map((x: any) => x.name)).toEqual(['深度清洁', '防水喷雾']);
  expect(order.totalMinor).toBe(12800 + 6800);
  expect(order.stages.map((x: any) => x.key)).toEqual([
    'received',
    'cleaning',
    'protectiveCare',
    'qualityCheck',
    'readyForPickup',
    'pickedUp',
  ]);

  // Materials used in a step leave catalog stock; more than there is is refused and nothing changes.
  const { createMaterial } = await s.admin.query(
    `mutation($input: CreateMaterialInput!) { createMaterial(input: $input) { ... on Material { id } } }`,
    { input: { storeId: s.store.globalId, name: '中性清洁剂', unit: '份', stock: 10, lowStockThreshold: 2 } },
  );
  const tech = s.technicians[0];
  const intake = await s.clerk.query(
    `mutation($input: CompleteIntakeInput!) { completeIntake(input: $input) { __typename ... on Error { message } } }`,
    { input: { orderId: order.id } },
  );
  expect(intake.completeIntake.__typename).toBe('WorkOrder');
  await moveTo(tech, order.id, 'cleaning');
  const FINISH = `mutation($input: FinishCareStepInput!) { finishCareStep(input: $input) { __typename ... on CareStep { finishedAt materials { name quantity } } ... on Error { message } } }`;
  const step = await tech.query(
    `mutation($input: StartCareStepInput!) { startCareStep(input: $input) { ... on CareStep { id } } }`,
    { input: { orderId: order.id } },
  );
  const tooMuch = await tech.query(FINISH, {
    input: {
      stepId: step.startCareStep.id,
      labourMinutes: 40,
      materials: [{ materialId: createMaterial.id, name: '中性清洁剂', quantity: 11, unit: '份' }],
    },
  });
  expect(tooMuch.finishCareStep).toMatchObject({ __typename: 'InsufficientStock' });
  const used = await tech.query(FINISH, {
    input: {
      stepId: step.startCareStep.id,
      labourMinutes: 40,
      materials: [{ materialId: createMaterial.id, name: '中性清洁剂', quantity: 3, unit: '份' }],
    },
  });
  expect(used.finishCareStep.materials).toEqual([{ name: '中性清洁剂', quantity: 3 }]);
  const stock = await s.admin.query(`query($id: ID!) { node(id: $id) { ... on Store { materials { name stock } } } }`, {
    id: s.store.globalId,
  });
  expect(stock.node.materials).toEqual([{ name: '中性清洁剂', stock: 7 }]);

  const { node } = await s.clerk.query(`query($id: ID!) { node(id: $id) { ... on Customer { orders { id } } } }`, {
    id: customer.globalId,
  });
  expect(node.orders.map((o: any) => o.id)).toEqual([order.id]);

  // Re-book the same services for the same pair in one step; someone else cannot.
  const REBOOK = `mutation($input: RebookOrderInput!) { rebookOrder(input: $input) {
    __typename ... on Appointment { status priceMinor shoes { id } } ... on SlotTaken { message } ... on Error { message } } }`;
  const startsAt = localTime(s.zone, 2, 14);
  const stranger = await t.customer();
  expect((await stranger.query(REBOOK, { input: { orderId: order.id, startsAt } })).rebookOrder.__typename).toBe('NotFound');
  const again = await customer.query(REBOOK, { input: { orderId: order.id, startsAt } });
  expect(again.rebookOrder).toMatchObject({ __typename: 'Appointment', priceMinor: 12800 + 6800, shoes: [{ id: addShoe.id }] });
  await live.close();
});
