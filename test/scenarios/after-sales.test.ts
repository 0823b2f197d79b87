/**
 * After-sales through the public API: a complaint from submission to closure (dispatched by rule,
 * every change live to the customer), SLA breaches flagged, a follow-up call after pickup, one
 * review per order with a staff reply.
 */
import { uploadPhoto } from '@lacewire/plugin-files/testing';
import { globalId, type TestClient, type TestPlatform, type TestStore } from '@lacewire/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { account, moveTo, OPEN, openInput, SERVICES, scenarioPlatform, work } from './setup.ts';

let t: TestPlatform;
let close: () => Promise<void>;
let store: TestStore;
let other: TestStore;

beforeAll(async () => {
  // An SLA minute is 100 ms and a follow-up day 200 ms here.
  ({ t, close } = await scenarioPlatform({ minuteMs: 100, dayMs: 200 }));
  store = await t.store('拾履 静安店');
  other = await t.store('拾履 徐汇店');
});
afterAll(() => close?.());

const COMPLAINT = `__typename ... on Complaint { id status allowedMoves assignedAs assignee { accountId } firstResponseBreached resolutionBreached
  updates { fromStatus toStatus note } } ... on Error { message }`;
const UPDATE = `mutation($input: UpdateComplaintInput!) { updateComplaint(input: $input) {
  ${COMPLAINT} ... on InvalidComplaintTransition { from to allowed } } }`;

async function finishedOrder(clerk: TestClient, techId: string, customerId: string) {
  const { openWorkOrder } = await clerk.query(
    OPEN,
    openInput(store, account(customerId), [SERVICES.clean], { technicianId: account(techId) }),
  );
  await moveTo(clerk, openWorkOrder.id, 'cleaning');
  await work(clerk, openWorkOrder.id, { serviceCode: 'deep-clean' });
  await moveTo(clerk, openWorkOrder.id, 'qualityCheck', 'readyForPickup');
  return openWorkOrder.id as string;
}

it('a complaint goes from submission to closure, dispatched to the technician, live to the customer', async () => {
  const admin = await t.staff(store, 'storeAdmin', '陈店长');
  const clerk = await t.staff(store, 'clerk');
  const tech = await t.staff(store, 'technician', '王师傅');
  const customer = await t.customer();
  const orderId = await finishedOrder(clerk, tech.accountId, customer.accountId);
  const live = customer.subscribe(`subscription { myAftercareEvents { type from to complaint { status } } }`);
  const techBoard = tech.subscribe(`subscription($s: ID!) { storeAftercareEvents(storeId: $s) { type } }`, { s: store.globalId });
  await Promise.all([live.ready(), techBoard.ready()]);

  const photo = await uploadPhoto(customer, undefined, '#5a5');
  const { submitComplaint } = await customer.query(
    `mutation($input: SubmitComplaintInput!) { submitComplaint(input: $input) { ${COMPLAINT} } }`,
    { input: { orderId, category: 'quality', severity: 'medium', description: '清洗后鞋面有水渍印', photoIds: [photo] } },
  );
  expect(submitComplaint).toMatchObject({
    status: 'open',
    assignedAs: 'technician',
    assignee: { accountId: globalId('Account', tech.accountId) },
  });
  const id = submitComplaint.id;
  expect((await live.next()).myAftercareEvents).toMatchObject({ type: 'complaint.submitted', complaint: { status: 'open' } });
  expect((await techBoard.next()).storeAftercareEvents.type).toBe('complaint.submitted');
  // The store sees the customer's photo; another store's staff and other customers see nothing.
  const seen = await admin.query(`query($id: ID!) { node(id: $id) { ... on Complaint { photos { url } } } }`, { id });
  expect((await fetch(new URL(seen.node.photos[0].url, t.url))).status).toBe(200);
  const outsider = await t.staff(other, 'storeAdmin');
  expect(
    (await outsider.query(UPDATE, { input: { complaintId: id, to: 'inProgress', note: '?' } })).updateComplaint.__typename,
  ).toBe('NotFound');
  expect((await (await t.customer()).query(`query($id: ID!) { node(id: $id) { id } }`, { id })).node).toBeNull();

  // Invalid moves are refused with the allowed ones, and change nothing.
  const early = await customer.query(UPDATE, { input: { complaintId: id, to: 'closed' } });
  expect(early.updateComplaint).toMatchObject({
    __typename: 'InvalidComplaintTransition',
    from: 'open',
    to: 'closed',
    allowed: [],
  });
  const skip = await tech.query(UPDATE, { input: { complaintId: id, to: 'resolved', note: '已处理' } });
  expect(skip.updateComplaint).toMatchObject({ __typename: 'InvalidComplaintTransition', allowed: ['inProgress'] });

  const taken = await tech.query(UPDATE, {
    input: { complaintId: id, to: 'inProgress', note: '您好，已收到，明天为您重新处理' },
  });
  expect(taken.updateComplaint).toMatchObject({ status: 'inProgress', firstResponseBreached: false });
  expect((await live.next()).myAftercareEvents).toMatchObject({
    type: 'complaint.statusChanged',
    from: 'open',
    to: 'inProgress',
  });
  const resolved = await tech.query(UPDATE, { input: { complaintId: id, to: 'resolved', note: '已重新清洗并做防水处理' } });
  expect(resolved.updateComplaint.status).toBe('resolved');
  expect((await live.next()).myAftercareEvents).toMatchObject({ to: 'resolved' });
  // Not happy yet: the customer reopens it; the technician resolves it again.
  const reopened = await customer.query(UPDATE, { input: { complaintId: id, to: 'inProgress', note: '水渍还在' } });
  expect(reopened.updateComplaint.status).toBe('inProgress');
  expect((await live.next()).myAftercareEvents).toMatchObject({ from: 'resolved', to: 'inProgress' });
  await tech.query(UPDATE, { input: { complaintId: id, to: 'resolved', note: '二次处理，已上门送回' } });
  expect((await live.next()).myAftercareEvents).toMatchObject({ to: 'resolved' });
  const closed = await customer.query(UPDATE, { input: { complaintId: id, to: 'closed', note: '满意' } });
  expect(closed.updateComplaint).toMatchObject({ status: 'closed', allowedMoves: [] });
  expect(closed.updateComplaint.updates.map((u: any) => u.toStatus)).toEqual([
    'inProgress',
    'resolved',
    'inProgress',
    'resolved',
    'closed',
  ]);
  expect((await live.next()).myAftercareEvents).toMatchObject({ to: 'closed', complaint: { status: 'closed' } });
  await Promise.all([live.close(), techBoard.close()]);
});

it('flags a missed first-response target and tells the store admin', async () => {
  const admin = await t.staff(store, 'storeAdmin');
  const customer = await t.customer();
  await admin.query(
    `mutation($input: ConfigureAftercareInput!) { configureAftercare(input: $input) { __typename ... on AftercareSettings { firstResponseMinutes } } }`,
    { input: { storeId: store.globalId, firstResponseMinutes: 3, resolutionMinutes: 60 } },
  );
  const board = admin.subscribe(
    `subscription($s: ID!) { storeAftercareEvents(storeId: $s) { type complaint { firstResponseBreached } } }`,
    { s: store.globalId },
  );
  await board.ready();
  const { submitComplaint } = await customer.query(
    `mutation($input: SubmitComplaintInput!) { submitComplaint(input: $input) { ${COMPLAINT} } }`,
    { input: { storeId: store.globalId, category: 'delay', severity: 'high', description: '约好的取件时间到了还没做好' } },
  );
  expect(submitComplaint).toMatchObject({ assignedAs: 'storeAdmin', assignee: { accountId: expect.any(String) } });
  expect((await board.next()).storeAftercareEvents.type).toBe('complaint.submitted');
  const breach = (await board.next(5000)).storeAftercareEvents;
  expect(breach).toMatchObject({ type: 'complaint.slaBreached', complaint: { firstResponseBreached: true } });
  await board.close();
});

it('schedules a follow-up call after pickup and takes one review per order with a staff reply', async () => {
  const clerk = await t.staff(store, 'clerk');
  const tech = await t.staff(store, 'technician');
  const customer = await t.customer();
  const orderId = await finishedOrder(clerk, tech.accountId, customer.accountId);
  const board = clerk.subscribe(`subscription($s: ID!) { storeAftercareEvents(storeId: $s) { type } }`, { s: store.globalId });
  await board.ready();
  const { myOrders } = await customer.query('{ myOrders { pickupCode } }');
  await clerk.query(`mutation($input: PickUpOrderInput!) { pickUpOrder(input: $input) { __typename } }`, {
    input: { orderId, code: myOrders[0].pickupCode },
  });

  // 7 "days" later the call is due.
  let due: any;
  for (;;) {
    due = (await board.next(5000)).storeAftercareEvents;
    if (due.type === 'followUp.due') break;
  }
  const { followUpTasks } = await clerk.query(
    `query($s: ID!) { followUpTasks(storeId: $s, statuses: ["due"]) { id kind order { id } } }`,
    { s: store.globalId },
  );
  const task = followUpTasks.find((f: any) => f.order.id === orderId);
  expect(task.kind).toBe('call');
  const done = await clerk.query(
    `mutation($input: CompleteFollowUpInput!) { completeFollowUp(input: $input) { __typename ... on FollowUpTask { status note } } }`,
    { input: { taskId: task.id, note: '客户表示很满意' } },
  );
  expect(done.completeFollowUp).toEqual({ __typename: 'FollowUpTask', status: 'done', note: '客户表示很满意' });

  const REVIEW = `mutation($input: PostReviewInput!) { postReview(input: $input) { __typename ... on Review { id rating } ... on Error { message } } }`;
  const stranger = await t.customer();
  expect((await stranger.query(REVIEW, { input: { orderId, rating: 1 } })).postReview.__typename).toBe('NotFound');
  const posted = await customer.query(REVIEW, { input: { orderId, rating: 5, text: '洗得像新的一样！' } });
  expect(posted.postReview.rating).toBe(5);
  expect((await customer.query(REVIEW, { input: { orderId, rating: 4 } })).postReview.__typename).toBe('AlreadyReviewed');
  const bad = await customer.query(REVIEW, { input: { orderId, rating: 6 } });
  expect(bad.postReview).toMatchObject({ __typename: 'InvalidInput', message: expect.stringMatching(/1 to 5/) });
  const replied = await clerk.query(
    `mutation($input: ReplyToReviewInput!) { replyToReview(input: $input) { __typename ... on Review { reply } } }`,
    { input: { reviewId: posted.postReview.id, reply: '感谢您的认可，期待再次光临' } },
  );
  expect(replied.replyToReview.reply).toBe('感谢您的认可，期待再次光临');
  const { node } = await customer.query(`query($id: ID!) { node(id: $id) { ... on WorkOrder { review { rating reply } } } }`, {
    id: orderId,
  });
  expect(node.review).toEqual({ rating: 5, reply: '感谢您的认可，期待再次光临' });
  await board.close();
});
