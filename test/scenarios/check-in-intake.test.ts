/**
 * Check-in continues into intake (issue 18, point 1): the order a check-in opens is the one the
 * clerk completes — never a second order for the same visit — and a pair has at most one active
 * order, also when two clerks register it at once.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appointmentsPlugin } from '@lacewire/plugin-appointments';
import { carePlugin } from '@lacewire/plugin-care';
import { catalogPlugin } from '@lacewire/plugin-catalog';
import { customersPlugin } from '@lacewire/plugin-customers';
import { filesPlugin } from '@lacewire/plugin-files';
import { uploadPhoto } from '@lacewire/plugin-files/testing';
import { createTestPlatform, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BOOK, customerOf, globalId, localTime, middayZone, shop } from '../../plugins/appointments/test/setup.ts';

let t: TestPlatform;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lw-check-in-'));
  t = await createTestPlatform({
    plugins: [customersPlugin, catalogPlugin, appointmentsPlugin, filesPlugin, carePlugin],
    settings: { files: { directory: dir, secret: 'check-in-secret-check-in-secret-12' } },
  });
});
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

const ORDER = `id tagNumber status awaitingIntake shoeId shoe { brand model } services { name priceMinor }
  technician { accountId } promisedAt conditionNotes intakePhotos { kind } timeline { kind actor { displayName } }`;
const OPEN = `mutation($input: OpenWorkOrderInput!) { openWorkOrder(input: $input) { __typename
  ... on WorkOrder { id } ... on IntakePending { orderId } ... on ActiveOrderExists { orderId } ... on Error { message } } }`;
const COMPLETE = `mutation($input: CompleteIntakeInput!) { completeIntake(input: $input) { __typename
  ... on WorkOrder { ${ORDER} } ... on ActiveOrderExists { orderId } ... on Error { message } } }`;
const ADD_SHOE = `mutation($input: AddShoeInput!) { addShoe(input: $input) { ... on Shoe { id } } }`;

async function checkedIn(
  s: Awaited<ReturnType<typeof shop>>,
  customer: Awaited<ReturnType<typeof customerOf>>,
  shoeIds: string[] = [],
) {
  const booked = await customer.query(BOOK, {
    input: { storeId: s.store.globalId, serviceIds: [s.services.clean], startsAt: localTime(s.zone, 1, 10), shoeIds },
  });
  const check = await s.clerk.query(
    `mutation($input: CheckInAppointmentInput!) { checkInAppointment(input: $input) { __typename } }`,
    { input: { appointmentId: booked.bookAppointment.id } },
  );
  expect(check.checkInAppointment.__typename).toBe('Appointment');
  // The order is opened by care's reaction to the check-in event.
  for (let i = 0; i < 100; i++) {
    const { myOrders } = await customer.query(`{ myOrders { ${ORDER} } }`);
    if (myOrders.length) return myOrders;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('check-in opened no order');
}

it('the clerk completes the order the check-in opened; a second order for the visit is refused', async () => {
  const s = await shop(t, { zone: middayZone() });
  const customer = await customerOf(t, s);
  const [opened] = await checkedIn(s, customer);
  expect(opened).toMatchObject({ status: 'received', awaitingIntake: true, shoe: { brand: '待登记' }, shoeId: null });

  const second = await s.clerk.query(OPEN, {
    input: {
      storeId: s.store.globalId,
      customerId: customer.globalId,
      shoe: { brand: 'Nike' },
      services: [{ serviceId: s.services.clean }],
    },
  });
  expect(second.openWorkOrder).toMatchObject({ __typename: 'IntakePending', orderId: opened.id });

  // Work starts once intake is complete; until then the order can only be cancelled.
  const early = await s.clerk.query(
    `mutation($input: MoveOrderInput!) { moveOrder(input: $input) { __typename ... on InvalidTransition { allowed message } } }`,
    { input: { orderId: opened.id, to: 'cleaning' } },
  );
  expect(early.moveOrder).toMatchObject({
    __typename: 'InvalidTransition',
    allowed: ['cancelled'],
    message: expect.stringContaining('completeIntake'),
  });

  const photo = await uploadPhoto(s.clerk, s.store.globalId);
  const promisedAt = new Date(Date.now() + 3 * 86400_000).toISOString();
  const done = await s.clerk.query(COMPLETE, {
    input: {
      orderId: opened.id,
      shoe: { brand: 'Nike', model: 'Air Force 1' },
      services: [{ serviceId: s.services.clean, priceMinor: 9900 }, { serviceId: s.services.spray }],
      technicianId: globalId('Account', s.technicians[0].accountId),
      promisedAt,
      conditionNotes: '鞋头轻微磨损',
      intakePhotoIds: [photo],
    },
  });
  expect(done.completeIntake).toMatchObject({
    __typename: 'WorkOrder',
    id: opened.id,
    tagNumber: opened.tagNumber,
    awaitingIntake: false,
    shoe: { brand: 'Nike', model: 'Air Force 1' },
    services: [
      { name: '深度清洁', priceMinor: 9900 },
      { name: '防水喷雾', priceMinor: 6800 },
    ],
    technician: { accountId: globalId('Account', s.technicians[0].accountId) },
    promisedAt,
    conditionNotes: '鞋头轻微磨损',
    intakePhotos: [{ kind: 'image' }],
  });
  expect(done.completeIntake.timeline.map((e: any) => e.kind)).toEqual(['opened', 'intakeCompleted']);
  expect(done.completeIntake.timeline[1].actor.displayName).toBeTruthy();

  const again = await s.clerk.query(COMPLETE, { input: { orderId: opened.id, shoe: { brand: 'Adidas' } } });
  expect(again.completeIntake.__typename).toBe('InvalidInput');
  const { myOrders } = await customer.query(`{ myOrders { id shoe { brand } } }`);
  expect(myOrders).toEqual([{ id: opened.id, shoe: { brand: 'Nike' } }]);
});

it('a pair on file keeps its check-in order; a pair has at most one active order, also under concurrent intake', async () => {
  const s = await shop(t, { zone: middayZone() });
  const customer = await customerOf(t, s);
  const shoe = (await customer.query(ADD_SHOE, { input: { brand: 'Adidas', model: 'Samba' } })).addShoe.id;
  const [opened] = await checkedIn(s, customer, [shoe]);
  expect(opened).toMatchObject({ awaitingIntake: true, shoe: { brand: 'Adidas', model: 'Samba' } });
  const done = await s.clerk.query(COMPLETE, { input: { orderId: opened.id } });
  expect(done.completeIntake).toMatchObject({ awaitingIntake: false, shoeId: opened.shoeId, services: [{ name: '深度清洁' }] });

  // The pair is in the shop: another order for it is refused and names the active one.
  const open = (input: object) =>
    s.clerk.query(OPEN, {
      input: { storeId: s.store.globalId, customerId: customer.globalId, services: [{ serviceId: s.services.clean }], ...input },
    });
  expect((await open({ shoeId: shoe })).openWorkOrder).toMatchObject({ __typename: 'ActiveOrderExists', orderId: opened.id });

  // Two clerks registering another pair at the same moment: exactly one order.
  const other = (await customer.query(ADD_SHOE, { input: { brand: 'Vans' } })).addShoe.id;
  const results = await Promise.all(Array.from({ length: 6 }, () => open({ shoeId: other })));
  const kinds = results.map((r) => r.openWorkOrder.__typename).sort();
  expect(kinds).toEqual([
    'ActiveOrderExists',
    'ActiveOrderExists',
    'ActiveOrderExists',
    'ActiveOrderExists',
    'ActiveOrderExists',
    'WorkOrder',
  ]);
  const { myOrders } = await customer.query(`{ myOrders { shoeId } }`);
  expect(myOrders.filter((o: any) => o.shoeId === other)).toHaveLength(1);
});
