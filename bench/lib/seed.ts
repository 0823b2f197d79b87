/**
 * Benchmark data, made through the public API as the apps would: the demo store 静安店 gets
 * `orders` work orders for ten customers, each with an intake photo; one of them (the "detail"
 * order) also has two care steps with before/after photos.
 */
import { uploadPhoto } from '@lacewire/plugin-files/testing';
import { DEMO_PASSWORD, DEMO_STORES } from '@lacewire/plugin-stores';
import { globalId, localId } from '@lacewire/testing';
import { gql } from './graphql.ts';

const SIGN_IN = `mutation($input: SignInWithPasswordInput!) { signInWithPassword(input: $input) {
  __typename ... on SignedIn { token viewer { account { id } } } ... on Error { message } } }`;
const REQUEST_CODE = `mutation($input: RequestSignInCodeInput!) { requestSignInCode(input: $input) { __typename } }`;
const SIGN_IN_CODE = `mutation($input: SignInWithCodeInput!) { signInWithCode(input: $input) {
  __typename ... on SignedIn { token viewer { account { id } } } ... on Error { message } } }`;
const OPEN = `mutation($input: OpenWorkOrderInput!) { openWorkOrder(input: $input) {
  __typename ... on WorkOrder { id allowedMoves } ... on Error { message } } }`;
const MOVE = `mutation($input: MoveOrderInput!) { moveOrder(input: $input) {
  __typename ... on WorkOrder { id allowedMoves } ... on Error { message } } }`;
const START = `mutation($input: StartCareStepInput!) { startCareStep(input: $input) {
  __typename ... on CareStep { id } ... on Error { message } } }`;
const FINISH = `mutation($input: FinishCareStepInput!) { finishCareStep(input: $input) {
  __typename ... on CareStep { id } ... on Error { message } } }`;

const SERVICES = [
  { code: 'deep-clean', name: '深度清洁', category: 'cleaning', priceMinor: 12800 },
  { code: 'recolour', name: '补色翻新', category: 'recolouring', priceMinor: 26800 },
];

export interface Seeded {
  storeId: string;
  storeGlobalId: string;
  clerkToken: string;
  techId: string;
  detailOrderId: string;
  /** Orders still in "received": each can make one status change (fan-out rounds). */
  movable: { id: string; to: string }[];
}

function ok<T extends { __typename: string }>(result: T, typename: string): T {
  if (result.__typename !== typename) throw new Error(`seeding: ${JSON.stringify(result)}`);
  return result;
}

async function signIn(url: string, login: string) {
  const { signInWithPassword: r } = await gql(url, null, SIGN_IN, { input: { login, password: DEMO_PASSWORD } });
  ok(r, 'SignedIn');
  return { token: r.token as string, id: localId(r.viewer.account.id) };
}

export async function seedCare(url: string, codes: Map<string, string>, orders: number): Promise<Seeded> {
  const storeGlobalId = globalId('Store', DEMO_STORES.jingan);
  const clerk = await signIn(url, 'clerk.jingan');
  const tech = await signIn(url, 'tech.jingan');
  const customers: string[] = [];
  for (let i = 0; i < 10; i++) {
    const phone = `1390000${String(1000 + i)}`;
    await gql(url, null, REQUEST_CODE, { input: { phone } });
    for (let wait = 0; !codes.has(phone) && wait < 200; wait++) await new Promise((r) => setTimeout(r, 10));
    const { signInWithCode: r } = await gql(url, null, SIGN_IN_CODE, { input: { phone, code: codes.get(phone) } });
    ok(r, 'SignedIn');
    customers.push(localId(r.viewer.account.id));
  }
  const photo = (colour: string) => uploadPhoto({ url, token: clerk.token }, storeGlobalId, colour);
  const movable: Seeded['movable'] = [];
  let detailOrderId = '';
  for (let i = 0; i < orders; i++) {
    const detail = i === orders - 1;
    const intakePhotoIds = detail
      ? [await photo('#a33'), await photo('#3a3')]
      : [await photo(`#${(i % 9) + 1}${(i % 7) + 2}${(i % 5) + 3}`)];
    const { openWorkOrder: opened } = await gql(url, clerk.token, OPEN, {
      input: {
        storeId: storeGlobalId,
        customerId: globalId('Customer', customers[i % customers.length]),
        technicianId: globalId('Account', tech.id),
        shoe: { brand: ['Nike', 'Adidas', 'New Balance', 'Dr. Martens'][i % 4], model: '经典款', colour: '白' },
        services: SERVICES,
        intakePhotoIds,
        conditionNotes: '鞋头轻微磨损',
        promisedAt: new Date(Date.now() + (3 + (i % 7)) * 86400_000).toISOString(),
      },
    });
    ok(opened, 'WorkOrder');
    const to = (opened.allowedMoves as string[]).find((m) => m !== 'cancelled' && m !== 'onHold') as string;
    if (!detail && i % 2 === 0) {
      movable.push({ id: localId(opened.id), to });
      continue;
    }
    const { moveOrder: moved } = await gql(url, clerk.token, MOVE, { input: { orderId: opened.id, to } });
    ok(moved, 'WorkOrder');
    if (detail) {
      detailOrderId = opened.id;
      let moves = moved.allowedMoves as string[];
      for (const serviceCode of ['deep-clean', 'recolour']) {
        const before = await uploadPhoto({ url, token: tech.token }, storeGlobalId, '#555');
        const { startCareStep: step } = await gql(url, tech.token, START, {
          input: { orderId: opened.id, serviceCode, beforePhotoIds: [before] },
        });
        ok(step, 'CareStep');
        const after = await uploadPhoto({ url, token: tech.token }, storeGlobalId, '#eee');
        const { finishCareStep: done } = await gql(url, tech.token, FINISH, {
          input: {
            stepId: step.id,
            labourMinutes: 40,
            afterPhotoIds: [after],
            materials: [{ name: '清洁剂', quantity: 1, unit: '瓶' }],
          },
        });
        ok(done, 'CareStep');
        const next = moves.find((m) => m !== 'cancelled' && m !== 'onHold') as string;
        const { moveOrder: again } = await gql(url, clerk.token, MOVE, { input: { orderId: opened.id, to: next } });
        ok(again, 'WorkOrder');
        moves = again.allowedMoves;
      }
    }
  }
  return { storeId: DEMO_STORES.jingan, storeGlobalId, clerkToken: clerk.token, techId: tech.id, detailOrderId, movable };
}
