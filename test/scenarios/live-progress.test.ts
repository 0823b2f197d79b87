/**
 * Scenario 2 (live progress): Mr. Wang's limited-edition pair goes through every status; mid-way
 * the technician finds the sole separating, sends photos, and Mr. Wang approves the extra work
 * before it is done. Every change reaches him over a real WebSocket. Public API only.
 */
import { absolute, fakeExecutable, testImage, uploadFile, uploadPhoto } from '@lacewire/plugin-files/testing';
import type { TestPlatform, TestStore } from '@lacewire/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { account, MOVE, moveTo, OPEN, openInput, SERVICES, scenarioPlatform, work } from './setup.ts';

let t: TestPlatform;
let close: () => Promise<void>;
let store: TestStore;
let other: TestStore;

beforeAll(async () => {
  ({ t, close } = await scenarioPlatform());
  store = await t.store('拾履 静安店');
  other = await t.store('拾履 徐汇店');
});
afterAll(() => close?.());

const EVENT = `cursor type from to label reason
  order { status tagNumber totalMinor services { code state } }
  step { stage serviceCode labourMinutes afterPhotos { url } }
  changeRequest { id status priceMinor description photos { url thumbnailUrl } }`;

it("Mr. Wang's pair goes through every status, with the sole repair approved before it is done", async () => {
  const clerk = await t.staff(store, 'clerk', '李前台');
  const tech = await t.staff(store, 'technician', '王师傅');
  const wang = await t.customer('13800000001');
  const someoneElse = await t.customer('13800000002');

  const live = wang.subscribe(`subscription { myOrderEvents { ${EVENT} } }`);
  const board = clerk.subscribe(`subscription($s: ID!) { storeBoardEvents(storeId: $s) { type to } }`, { s: store.globalId });
  const stranger = someoneElse.subscribe(`subscription { myOrderEvents { type } }`);
  const otherStore = (await t.staff(other, 'clerk')).subscribe(
    `subscription($s: ID!) { storeBoardEvents(storeId: $s) { type } }`,
    { s: other.globalId },
  );
  await Promise.all([live.ready(), board.ready(), stranger.ready(), otherStore.ready()]);

  // Intake: photos of the pair as it came in, a disguised upload refused on the way.
  const disguised = await uploadFile(
    clerk,
    { data: fakeExecutable(), name: 'intake.jpg', type: 'image/jpeg' },
    { storeId: store.globalId },
  );
  expect(disguised.__typename).toBe('UnsupportedFileType');
  const intake = await uploadPhoto(clerk, store.globalId, '#222');
  const { openWorkOrder: opened } = await clerk.query(
    OPEN,
    openInput(store, account(wang.accountId), [SERVICES.clean, SERVICES.recolour, SERVICES.protect], {
      technicianId: account(tech.accountId),
      intakePhotoIds: [intake],
      conditionNotes: '右脚后跟轻微磨损（客户已知）',
    }),
  );
  expect(opened.__typename).toBe('WorkOrder');
  const orderId = opened.id;
  expect((await live.next()).myOrderEvents).toMatchObject({
    type: 'order.opened',
    order: { status: 'received', tagNumber: opened.tagNumber },
  });

  await moveTo(tech, orderId, 'cleaning');
  expect((await live.next()).myOrderEvents).toMatchObject({
    type: 'order.statusChanged',
    from: 'received',
    to: 'cleaning',
    label: '深度清洁',
  });
  const cleaned = await uploadPhoto(tech, store.globalId, '#eee');
  await work(tech, orderId, {
    serviceCode: 'deep-clean',
    minutes: 45,
    afterPhotoIds: [cleaned],
    materials: [{ name: '泡沫清洁剂', quantity: 30, unit: 'ml' }],
  });
  expect((await live.next()).myOrderEvents.type).toBe('order.stepStarted');
  const finished = (await live.next()).myOrderEvents;
  expect(finished).toMatchObject({ type: 'order.stepFinished', step: { stage: 'cleaning', labourMinutes: 45 } });
  expect((await fetch(absolute(wang, finished.step.afterPhotos[0].url))).status).toBe(200);

  // The technician finds the sole separating and sends photos with a price.
  const sole = await uploadPhoto(tech, store.globalId, '#a52');
  const { raiseChangeRequest } = await tech.query(
    `mutation($input: RaiseChangeRequestInput!) { raiseChangeRequest(input: $input) { __typename ... on ChangeRequest { id } ... on Error { message } } }`,
    { input: { orderId, description: '清洗时发现右脚鞋底前掌开胶，建议重新粘合', photoIds: [sole], service: SERVICES.sole } },
  );
  const requested = (await live.next()).myOrderEvents;
  expect(requested).toMatchObject({ type: 'order.changeRequested', changeRequest: { status: 'pending', priceMinor: 8800 } });
  expect((await fetch(absolute(wang, requested.changeRequest.photos[0].url))).status).toBe(200);
  expect((await live.next()).myOrderEvents).toMatchObject({ type: 'order.statusChanged', from: 'cleaning', to: 'onHold' });

  // No work on it, and no moving on, before Mr. Wang answers.
  const early = await tech.query(
    `mutation($input: StartCareStepInput!) { startCareStep(input: $input) { __typename ... on WorkNotApproved { message changeRequestId } } }`,
    { input: { orderId, serviceCode: 'sole-reglue' } },
  );
  expect(early.startCareStep.__typename).toBe('WorkNotApproved');
  expect(early.startCareStep.message).toMatch(/approval/);
  const skip = await tech.query(MOVE, { input: { orderId, to: 'repair' } });
  expect(skip.moveOrder).toMatchObject({ __typename: 'InvalidTransition', from: 'onHold', allowed: ['cancelled'] });
  await live.expectSilence(300);

  const { answerChangeRequest } = await wang.query(
    `mutation($input: AnswerChangeRequestInput!) { answerChangeRequest(input: $input) { __typename ... on ChangeRequest { status } } }`,
    { input: { changeRequestId: raiseChangeRequest.id, approve: true, note: '同意，麻烦了' } },
  );
  expect(answerChangeRequest.status).toBe('approved');
  expect((await live.next()).myOrderEvents).toMatchObject({
    type: 'order.changeAnswered',
    changeRequest: { status: 'approved' },
  });
  const resumed = (await live.next()).myOrderEvents;
  expect(resumed).toMatchObject({
    type: 'order.statusChanged',
    from: 'onHold',
    to: 'cleaning',
    order: { totalMinor: 12800 + 26800 + 6800 + 8800 },
  });

  // The rest of the pipeline, each change pushed to him.
  for (const [stage, service] of [
    ['repair', 'sole-reglue'],
    ['recolouring', 'recolour'],
    ['protectiveCare', 'nano-protect'],
  ] as const) {
    await moveTo(tech, orderId, stage);
    expect((await live.next()).myOrderEvents).toMatchObject({ type: 'order.statusChanged', to: stage });
    await work(tech, orderId, { serviceCode: service });
    await live.take(2);
  }
  for (const stage of ['qualityCheck', 'readyForPickup']) {
    await moveTo(clerk, orderId, stage);
    expect((await live.next()).myOrderEvents).toMatchObject({ type: 'order.statusChanged', to: stage });
  }

  const { myOrders } = await wang.query('{ myOrders { pickupCode } }');
  const { pickUpOrder } = await clerk.query(
    `mutation($input: PickUpOrderInput!) { pickUpOrder(input: $input) { __typename ... on WorkOrder { status pickedUpAt } } }`,
    { input: { orderId, code: myOrders[0].pickupCode } },
  );
  expect(pickUpOrder.status).toBe('pickedUp');
  expect((await live.next()).myOrderEvents).toMatchObject({ type: 'order.statusChanged', to: 'pickedUp' });
  expect((await live.next()).myOrderEvents.type).toBe('order.pickedUp');

  // His timeline shows the whole history; nobody else heard anything.
  const { customerTimeline } = await wang.query('{ customerTimeline { kind toStatus text } }');
  const statuses = customerTimeline.filter((e: any) => e.kind === 'status').map((e: any) => e.toStatus);
  expect(statuses).toEqual([
    'cleaning',
    'onHold',
    'cleaning',
    'repair',
    'recolouring',
    'protectiveCare',
    'qualityCheck',
    'readyForPickup',
    'pickedUp',
  ]);
  expect(customerTimeline.map((e: any) => e.kind)).toContain('changeApproved');
  const boardTypes = board.values.map((v: any) => v.data.storeBoardEvents.to).filter(Boolean);
  expect(boardTypes).toContain('pickedUp');
  await stranger.expectSilence(100);
  await otherStore.expectSilence(100);

  // Resume after a reconnect: replay from a cursor gives exactly what came after it.
  const cursor = resumed.cursor;
  const replay = wang.subscribe(`subscription($after: String) { myOrderEvents(after: $after) { type to } }`, { after: cursor });
  const first = (await replay.next()).myOrderEvents;
  expect(first).toMatchObject({ type: 'order.statusChanged', to: 'repair' });
  await Promise.all([live.close(), board.close(), stranger.close(), otherStore.close(), replay.close()]);
});

it('refuses foreign orders and foreign attachments, and changes nothing', async () => {
  const clerk = await t.staff(store, 'clerk');
  const wang = await t.customer();
  const other1 = await t.customer();
  const { openWorkOrder: opened } = await clerk.query(OPEN, openInput(store, account(wang.accountId), [SERVICES.clean]));
  const foreignPhoto = await uploadPhoto(other1);
  const attach = await clerk.query(
    `mutation($input: RaiseChangeRequestInput!) { raiseChangeRequest(input: $input) { __typename ... on Error { message } } }`,
    { input: { orderId: opened.id, description: '鞋带孔松动', photoIds: [foreignPhoto], service: SERVICES.sole } },
  );
  expect(attach.raiseChangeRequest.__typename).toBe('NotFound');
  const otherClerk = await t.staff(other, 'clerk');
  const moved = await otherClerk.query(MOVE, { input: { orderId: opened.id, to: 'cleaning' } });
  expect(moved.moveOrder.__typename).toBe('NotFound');
  // The order's own subscription: its technician hears it, a stranger is refused.
  const tech = await t.staff(store, 'technician');
  await clerk.query(`mutation($input: AssignTechnicianInput!) { assignTechnician(input: $input) { __typename } }`, {
    input: { orderId: opened.id, technicianId: account(tech.accountId) },
  });
  const techLive = tech.subscribe(`subscription($id: ID!) { orderEvents(orderId: $id) { type to } }`, { id: opened.id });
  await techLive.ready();
  const sub = other1.subscribe(`subscription($id: ID!) { orderEvents(orderId: $id) { type } }`, { id: opened.id });
  await expect(sub.next(2000)).rejects.toThrow(/not found|NotFound|Work order/i);
  await sub.close();
  const { node } = await clerk.query(`query($id: ID!) { node(id: $id) { ... on WorkOrder { status changeRequests { id } } } }`, {
    id: opened.id,
  });
  expect(node).toEqual({ status: 'received', changeRequests: [] });
  await moveTo(tech, opened.id, 'cleaning');
  expect((await techLive.next()).orderEvents).toEqual({ type: 'order.statusChanged', to: 'cleaning' });
  await techLive.close();
  const photo = await testImage();
  const huge = new Uint8Array(2_500_000);
  huge.set(photo);
  const big = await uploadFile(clerk, { data: huge, name: 'huge.jpg' }, { storeId: store.globalId });
  expect(big).toMatchObject({ __typename: 'FileTooLarge', maxBytes: 2_000_000 });
});
