import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesPlugin } from '@lacewire/plugin-files';
import { uploadPhoto } from '@lacewire/plugin-files/testing';
import { createTestPlatform, localId, type TestPlatform, type TestStore } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carePlugin } from '../src/index.ts';
import { account, move, ORDER_FIELDS, openOrder, order, RESULT, SERVICES, TRANSITION } from './helpers.ts';

let t: TestPlatform;
let dir: string;
let store: TestStore;
let other: TestStore;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lw-care-'));
  t = await createTestPlatform({
    plugins: [filesPlugin, carePlugin],
    settings: { care: { dayMs: 150 }, files: { directory: dir, secret: 'care-test-secret-care-test-secret!!' } },
  });
  store = await t.store('静安店');
  other = await t.store('徐汇店');
});
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('work orders', () => {
  it('opens an order with tag, QR, pickup code for the customer only, and skips stages without services', async () => {
    const clerk = await t.staff(store, 'clerk');
    const customer = await t.customer();
    const photo = await uploadPhoto(clerk, store.globalId);
    const opened = await openOrder(clerk, store, customer.accountId, {
      intakePhotoIds: [photo],
      conditionNotes: '左脚鞋头有划痕',
    });
    expect(opened.status).toBe('received');
    expect(opened.tagNumber).toMatch(/^\d{4}$/);
    expect(opened.pickupCode).toBeNull();
    expect(opened.stages.map((s: any) => s.key)).toEqual([
      'received',
      'cleaning',
      'recolouring',
      'qualityCheck',
      'readyForPickup',
      'pickedUp',
    ]);
    expect(opened.totalMinor).toBe(12800 + 26800);

    const mine = await customer.query(`{ myOrders { id pickupCode pickupQr tagQr conditionNotes intakePhotos { kind url } } }`);
    expect(mine.myOrders).toHaveLength(1);
    expect(mine.myOrders[0].pickupCode).toMatch(/^\d{6}$/);
    expect(mine.myOrders[0].tagQr).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(mine.myOrders[0].intakePhotos).toHaveLength(1);
    const download = await fetch(new URL(mine.myOrders[0].intakePhotos[0].url, t.url));
    expect(download.status).toBe(200);

    const ack = await customer.query(
      `mutation($input: AcknowledgeConditionInput!) { acknowledgeCondition(input: $input) { __typename ... on WorkOrder { conditionAcknowledgedAt } } }`,
      { input: { orderId: opened.id } },
    );
    expect(ack.acknowledgeCondition.conditionAcknowledgedAt).toBeTruthy();
  });

  it('refuses invalid transitions naming the allowed ones, and changes nothing', async () => {
    const clerk = await t.staff(store, 'clerk');
    const customer = await t.customer();
    const opened = await openOrder(clerk, store, customer.accountId);
    const refused = await move(clerk, opened.id, 'qualityCheck');
    expect(refused).toMatchObject({
      __typename: 'InvalidTransition',
      from: 'received',
      to: 'qualityCheck',
      allowed: ['cleaning', 'cancelled'],
    });
    const skipped = await move(clerk, opened.id, 'protectiveCare');
    expect(skipped.__typename).toBe('InvalidTransition');
    const pickedUp = await move(clerk, opened.id, 'pickedUp');
    expect(pickedUp.message).toMatch(/pickUpOrder/);
    expect((await order(clerk, opened.id)).status).toBe('received');
  });

  it('holds work for a change request until the customer approves; work before approval is refused', async () => {
    const clerk = await t.staff(store, 'clerk');
    const tech = await t.staff(store, 'technician');
    const customer = await t.customer();
    const opened = await openOrder(clerk, store, customer.accountId, { technicianId: tech.accountId });
    expect((await move(tech, opened.id, 'cleaning')).status).toBe('cleaning');
    const photo = await uploadPhoto(tech, store.globalId);
    const raised = await tech.query(
      `mutation($input: RaiseChangeRequestInput!) { raiseChangeRequest(input: $input) { __typename ... on ChangeRequest { id status } ... on Error { message } } }`,
      { input: { orderId: opened.id, description: '鞋底前掌开胶', photoIds: [photo], service: SERVICES.sole } },
    );
    const crId = raised.raiseChangeRequest.id;
    expect((await order(clerk, opened.id)).status).toBe('onHold');

    const work = await tech.query(
      `mutation($input: StartCareStepInput!) { startCareStep(input: $input) { __typename ... on WorkNotApproved { message changeRequestId } } }`,
      { input: { orderId: opened.id, serviceCode: 'sole-reglue' } },
    );
    expect(work.startCareStep).toMatchObject({ __typename: 'WorkNotApproved', changeRequestId: crId });
    const moved = await move(tech, opened.id, 'recolouring');
    expect(moved).toMatchObject({ __typename: 'InvalidTransition', allowed: ['cancelled'] });
    expect((await order(clerk, opened.id)).steps).toHaveLength(0);

    // Another customer cannot answer it (the order does not exist for them).
    const stranger = await t.customer();
    const foreign = await stranger.query(
      `mutation($input: AnswerChangeRequestInput!) { answerChangeRequest(input: $input) { __typename } }`,
      { input: { changeRequestId: crId, approve: true } },
    );
    expect(foreign.answerChangeRequest.__typename).toBe('NotFound');

    const answered = await customer.query(
      `mutation($input: AnswerChangeRequestInput!) { answerChangeRequest(input: $input) { __typename ... on ChangeRequest { status order { status totalMinor stages { key } } } } }`,
      { input: { changeRequestId: crId, approve: true, note: '好的' } },
    );
    expect(answered.answerChangeRequest).toMatchObject({
      status: 'approved',
      order: { status: 'cleaning', totalMinor: 12800 + 26800 + 8800 },
    });
    expect(answered.answerChangeRequest.order.stages.map((s: any) => s.key)).toContain('repair');

    const step = await tech.query(
      `mutation($input: StartCareStepInput!) { startCareStep(input: $input) { __typename ... on CareStep { id stage } } }`,
      { input: { orderId: opened.id, serviceCode: 'sole-reglue' } },
    );
    expect(step.startCareStep.stage).toBe('cleaning');
  });

  it('hides orders from other customers, other stores and other technicians', async () => {
    const clerk = await t.staff(store, 'clerk');
    const customer = await t.customer();
    const opened = await openOrder(clerk, store, customer.accountId);
    const stranger = await t.customer();
    expect((await stranger.query('query($id: ID!) { node(id: $id) { id } }', { id: opened.id })).node).toBeNull();
    const otherClerk = await t.staff(other, 'clerk');
    expect((await otherClerk.query('query($id: ID!) { node(id: $id) { id } }', { id: opened.id })).node).toBeNull();
    const refused = await move(otherClerk, opened.id, 'cleaning');
    expect(refused.__typename).toBe('NotFound');
    // Technicians see the pool (unassigned orders) and their own, not another technician's.
    const tech = await t.staff(store, 'technician');
    const holder = await t.staff(store, 'technician');
    const held = await openOrder(clerk, store, (await t.customer()).accountId, { technicianId: holder.accountId });
    expect((await tech.query('query($id: ID!) { node(id: $id) { id } }', { id: held.id })).node).toBeNull();
    expect((await tech.query('query($id: ID!) { node(id: $id) { id } }', { id: opened.id })).node).toEqual({ id: opened.id });
    const list = await otherClerk
      .query('query($s: ID!) { workOrders(storeId: $s) { id } }', { s: store.globalId })
      .catch((e) => e);
    expect(String(list)).toMatch(/not allowed/i);
    expect((await order(clerk, opened.id)).status).toBe('received');
  });

  it('hands over with the right code or QR only, and reminds while the pair waits', async () => {
    const clerk = await t.staff(store, 'clerk');
    const customer = await t.customer();
    const opened = await openOrder(clerk, store, customer.accountId, { services: [SERVICES.clean] });
    const live = customer.subscribe(`subscription { myOrderEvents { type to order { remindersSent } } }`);
    await live.ready();
    for (const to of ['cleaning', 'qualityCheck', 'readyForPickup']) expect((await move(clerk, opened.id, to)).status).toBe(to);
    await live.take(3);
    // Reminders: after 3 "days", then every 3, at most 3 (a day is 150 ms here).
    const reminders = [await live.next(10_000), await live.next(10_000), await live.next(10_000)];
    expect(reminders.map((r: any) => r.myOrderEvents.type)).toEqual([
      'order.pickupReminder',
      'order.pickupReminder',
      'order.pickupReminder',
    ]);
    await live.expectSilence(1200);

    const wrong = await clerk.query(
      `mutation($input: PickUpOrderInput!) { pickUpOrder(input: $input) { ${RESULT(ORDER_FIELDS, TRANSITION)} } }`,
      {
        input: {
          orderId: opened.id,
          code: '000000' === (await customer.query('{ myOrders { pickupCode } }')).myOrders[0].pickupCode ? '111111' : '000000',
        },
      },
    );
    expect(wrong.pickUpOrder.__typename).toBe('WrongPickupCode');
    expect((await order(clerk, opened.id)).status).toBe('readyForPickup');
    const { myOrders } = await customer.query('{ myOrders { pickupQr pickupCode id } }');
    const qrText = `LW:PICKUP:${localId(myOrders[0].id)}:${myOrders[0].pickupCode}`;
    const done = await clerk.query(
      `mutation($input: PickUpOrderInput!) { pickUpOrder(input: $input) { ${RESULT(ORDER_FIELDS, TRANSITION)} } }`,
      { input: { qr: qrText } },
    );
    expect(done.pickUpOrder.status).toBe('pickedUp');
    expect((await live.next()).myOrderEvents.to).toBe('pickedUp');
    await live.close();
  });

  it("follows a store's own pipeline for new orders; only store admins change it", async () => {
    const shop = await t.store('自定义流程店');
    const admin = await t.staff(shop, 'storeAdmin');
    const clerk = await t.staff(shop, 'clerk');
    const CONFIGURE = `mutation($input: ConfigureCareInput!) { configureCare(input: $input) {
      __typename ... on CareSettings { pipeline { key } reminderAfterDays } ... on InvalidInput { field message } ... on Error { message } } }`;
    const pipeline = [
      { key: 'received', label: '已收件' },
      { key: 'cleaning', label: '清洗', categories: ['cleaning'] },
      { key: 'drying', label: '自然风干' },
      { key: 'readyForPickup', label: '待取件' },
      { key: 'pickedUp', label: '已取件' },
    ];
    expect((await clerk.query(CONFIGURE, { input: { storeId: shop.globalId, pipeline } })).configureCare.__typename).toBe(
      'NotAllowed',
    );
    const broken = await admin.query(CONFIGURE, { input: { storeId: shop.globalId, pipeline: pipeline.slice(1) } });
    expect(broken.configureCare).toMatchObject({ __typename: 'InvalidInput', field: 'pipeline' });
    const saved = await admin.query(CONFIGURE, { input: { storeId: shop.globalId, pipeline, reminderAfterDays: 2 } });
    expect(saved.configureCare.reminderAfterDays).toBe(2);
    const customer = await t.customer();
    const opened = await openOrder(clerk, shop, customer.accountId, { services: [SERVICES.clean, SERVICES.recolour] });
    expect(opened.stages.map((x: any) => x.key)).toEqual(['received', 'cleaning', 'drying', 'readyForPickup', 'pickedUp']);
    expect((await move(clerk, opened.id, 'cleaning')).allowedMoves).toEqual(['drying', 'cancelled']);
  });

  it('shows technicians only the orders assigned to them', async () => {
    const clerk = await t.staff(store, 'clerk');
    const mine = await t.staff(store, 'technician');
    const customer = await t.customer();
    const assigned = await openOrder(clerk, store, customer.accountId, { technicianId: mine.accountId });
    await openOrder(clerk, store, customer.accountId);
    const { workOrders } = await mine.query('query($s: ID!) { workOrders(storeId: $s) { id } }', { s: store.globalId });
    expect(workOrders.map((o: any) => o.id)).toEqual([assigned.id]);
  });

  it('takes ids in one form: a raw uuid or an id of another type is InvalidInput, nothing is opened', async () => {
    const clerk = await t.staff(store, 'clerk');
    const tech = await t.staff(store, 'technician');
    const customer = await t.customer();
    const OPEN = `mutation($input: OpenWorkOrderInput!) { openWorkOrder(input: $input) { ${RESULT('id technician { accountId }')} } }`;
    const input = { storeId: store.globalId, shoe: { brand: 'Nike' }, services: [SERVICES.clean] };
    const count = async () =>
      (await clerk.query('query($s: ID!) { workOrders(storeId: $s) { id } }', { s: store.globalId })).workOrders.length;
    const before = await count();
    for (const ids of [
      { customerId: customer.accountId },
      { customerId: store.globalId },
      { customerId: account(customer.accountId), technicianId: tech.accountId },
    ]) {
      expect((await clerk.query(OPEN, { input: { ...input, ...ids } })).openWorkOrder.__typename).toBe('InvalidInput');
    }
    expect(await count()).toBe(before);
    const opened = await clerk.query(OPEN, {
      input: { ...input, customerId: account(customer.accountId), technicianId: account(tech.accountId) },
    });
    expect(opened.openWorkOrder).toMatchObject({ __typename: 'WorkOrder', technician: { accountId: account(tech.accountId) } });
    expect(await count()).toBe(before + 1);
  });
});
