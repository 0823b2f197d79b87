/**
 * Scenario 3 (remote acceptance): Ms. Li is away. The shop sends before/after photos and a video;
 * she marks a spot she is unhappy with on a photo; the order goes back for rework and she sees
 * it move; the shop sends a new round and she accepts. Public API only, real WebSockets.
 */
import { uploadFile, uploadPhoto } from '@lacewire/plugin-files/testing';
import type { TestPlatform, TestStore } from '@lacewire/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { account, moveTo, OPEN, openInput, SERVICES, scenarioPlatform, tinyMp4, work } from './setup.ts';

let t: TestPlatform;
let close: () => Promise<void>;
let store: TestStore;

beforeAll(async () => {
  ({ t, close } = await scenarioPlatform());
  store = await t.store('拾履 静安店');
});
afterAll(() => close?.());

const REQUEST = `mutation($input: RequestAcceptanceInput!) { requestAcceptance(input: $input) {
  __typename ... on Acceptance { id round status } ... on Error { message } } }`;
const ANSWER = `mutation($input: AnswerAcceptanceInput!) { answerAcceptance(input: $input) {
  __typename ... on Acceptance { status marks { x y width height comment photo { id } } order { status reworkCount } }
  ... on InvalidInput { message field } ... on Error { message } } }`;

it('Ms. Li marks a flaw on the photo, the pair is reworked, then she accepts', async () => {
  const clerk = await t.staff(store, 'clerk');
  const tech = await t.staff(store, 'technician', '张大师');
  const li = await t.customer('13900000003');
  const { openWorkOrder: opened } = await clerk.query(
    OPEN,
    openInput(store, account(li.accountId), [SERVICES.clean, SERVICES.recolour], { technicianId: account(tech.accountId) }),
  );
  const orderId = opened.id;
  await moveTo(tech, orderId, 'cleaning');
  await work(tech, orderId, { serviceCode: 'deep-clean' });
  await moveTo(tech, orderId, 'recolouring');
  await work(tech, orderId, { serviceCode: 'recolour' });
  await moveTo(tech, orderId, 'qualityCheck');
  // Every move above published before she subscribes: her stream starts live with what follows.
  await t.settle();

  const orders = li.subscribe(`subscription { myOrderEvents { type from to reason } }`);
  const aftercare = li.subscribe(
    `subscription { myAftercareEvents { type acceptance { status round afterPhotos { id url width height } videos { contentType url } } } }`,
  );
  await Promise.all([orders.ready(), aftercare.ready()]);

  const before = await uploadPhoto(tech, store.globalId, '#777');
  const after = await uploadPhoto(tech, store.globalId, '#c00');
  const video = await uploadFile(tech, { data: tinyMp4(), name: '验收视频.mp4' }, { storeId: store.globalId, kinds: ['video'] });
  expect(video).toMatchObject({ __typename: 'Attachment', kind: 'video', contentType: 'video/mp4' });

  const { requestAcceptance: first } = await tech.query(REQUEST, {
    input: { orderId, beforePhotoIds: [before], afterPhotoIds: [after], videoIds: [video.id], note: '补色完成，请验收' },
  });
  expect(first).toMatchObject({ __typename: 'Acceptance', round: 1, status: 'pending' });
  const shown = (await aftercare.next()).myAftercareEvents;
  expect(shown).toMatchObject({
    type: 'acceptance.requested',
    acceptance: { round: 1, afterPhotos: [{ id: after, width: 640, height: 480 }] },
  });
  expect(shown.acceptance.videos[0].contentType).toBe('video/mp4');
  expect((await fetch(new URL(shown.acceptance.videos[0].url, t.url))).status).toBe(200);

  // A mark outside the photo is refused and changes nothing.
  const outside = await li.query(ANSWER, {
    input: {
      acceptanceId: first.id,
      accept: false,
      marks: [{ photoId: after, x: 600, y: 400, width: 100, height: 100, comment: '这里' }],
    },
  });
  expect(outside.answerAcceptance).toMatchObject({ __typename: 'InvalidInput', field: 'marks' });
  // Someone else cannot answer her acceptance.
  const stranger = await t.customer();
  const foreign = await stranger.query(ANSWER, { input: { acceptanceId: first.id, accept: true } });
  expect(foreign.answerAcceptance.__typename).toBe('NotFound');
  await orders.expectSilence(200);

  const rejected = await li.query(ANSWER, {
    input: {
      acceptanceId: first.id,
      accept: false,
      comment: '左脚鞋头补色不均匀',
      marks: [{ photoId: after, x: 120, y: 80, width: 160, height: 90, comment: '这里颜色偏浅' }],
    },
  });
  expect(rejected.answerAcceptance).toMatchObject({
    status: 'rejected',
    marks: [{ x: 120, y: 80, width: 160, height: 90, comment: '这里颜色偏浅', photo: { id: after } }],
    order: { status: 'recolouring', reworkCount: 1 },
  });
  expect((await aftercare.next()).myAftercareEvents).toMatchObject({
    type: 'acceptance.answered',
    acceptance: { status: 'rejected' },
  });
  expect((await orders.next()).myOrderEvents).toMatchObject({
    type: 'order.statusChanged',
    from: 'qualityCheck',
    to: 'recolouring',
  });

  // The shop reworks it and sends a second round.
  await work(tech, orderId, { serviceCode: 'recolour', minutes: 20 });
  await moveTo(tech, orderId, 'qualityCheck');
  const fixed = await uploadPhoto(tech, store.globalId, '#d00');
  const { requestAcceptance: second } = await tech.query(REQUEST, {
    input: { orderId, beforePhotoIds: [before], afterPhotoIds: [fixed] },
  });
  expect(second.round).toBe(2);
  const moves = (await orders.take(3)).map((e: any) => e.myOrderEvents.type);
  expect(moves).toEqual(['order.stepStarted', 'order.stepFinished', 'order.statusChanged']);
  expect((await aftercare.next()).myAftercareEvents.acceptance.round).toBe(2);

  const accepted = await li.query(ANSWER, { input: { acceptanceId: second.id, accept: true } });
  expect(accepted.answerAcceptance).toMatchObject({ status: 'accepted', order: { status: 'readyForPickup' } });
  expect((await orders.next()).myOrderEvents).toMatchObject({
    type: 'order.statusChanged',
    from: 'qualityCheck',
    to: 'readyForPickup',
  });

  const again = await li.query(ANSWER, { input: { acceptanceId: second.id, accept: false, comment: '反悔' } });
  expect(again.answerAcceptance.__typename).toBe('InvalidInput');

  const { node } = await li.query(
    `query($id: ID!) { node(id: $id) { ... on WorkOrder { acceptances { round status } timeline { kind } } } }`,
    { id: orderId },
  );
  expect(node.acceptances).toEqual([
    { round: 1, status: 'rejected' },
    { round: 2, status: 'accepted' },
  ]);
  expect(node.timeline.map((e: any) => e.kind)).toEqual(
    expect.arrayContaining(['acceptanceRequested', 'acceptanceRejected', 'accepted']),
  );
  await Promise.all([orders.close(), aftercare.close()]);
});

it('is a switchable feature: a store without it answers FeatureDisabled', async () => {
  const pilotless = await t.store('拾履 试点外门店');
  const owner = await t.owner();
  await owner.query(`mutation($input: SwitchFeatureInput!) { switchFeature(input: $input) { __typename } }`, {
    input: { storeIds: [pilotless.globalId], feature: 'remoteAcceptance', enabled: false },
  });
  const clerk = await t.staff(pilotless, 'clerk');
  const customer = await t.customer();
  const { openWorkOrder: opened } = await clerk.query(OPEN, openInput(pilotless, account(customer.accountId), [SERVICES.clean]));
  await moveTo(clerk, opened.id, 'cleaning', 'qualityCheck');
  const after = await uploadPhoto(clerk, pilotless.globalId);
  const { requestAcceptance } = await clerk.query(REQUEST, { input: { orderId: opened.id, afterPhotoIds: [after] } });
  expect(requestAcceptance.__typename).toBe('FeatureDisabled');
});
