/**
 * Editing a work order after intake (issue 18, point 2): photos, notes, promised date (the
 * customer is told), pair, technician, services work has not started on — each change in the
 * timeline with who and when; refused edits change nothing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesPlugin } from '@lacewire/plugin-files';
import { uploadPhoto } from '@lacewire/plugin-files/testing';
import { createTestPlatform, type TestPlatform, type TestStore } from '@lacewire/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { carePlugin } from '../src/index.ts';
import { account, move, openOrder, SERVICES } from './helpers.ts';

let t: TestPlatform;
let dir: string;
let store: TestStore;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lw-care-edit-'));
  t = await createTestPlatform({
    plugins: [filesPlugin, carePlugin],
    settings: { care: { dayMs: 150 }, files: { directory: dir, secret: 'care-test-secret-care-test-secret!!' } },
  });
  store = await t.store('静安店');
});
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

const EDIT = `mutation($input: EditWorkOrderInput!) { editWorkOrder(input: $input) { __typename
  ... on WorkOrder { promisedAt conditionNotes shoe { brand model } technician { accountId } intakePhotos { kind }
    services { code priceMinor } timeline { kind text at actor { accountId } } }
  ... on Error { message } } }`;

it('clerks edit photos, notes, promised date (customer told), pair, technician and unstarted services; all in the timeline', async () => {
  const clerk = await t.staff(store, 'clerk');
  const tech = await t.staff(store, 'technician');
  const customer = await t.customer();
  const opened = await openOrder(clerk, store, customer.accountId);
  const live = customer.subscribe(`subscription { myOrderEvents { type order { promisedAt } } }`);
  await live.ready();
  const edit = async (client: typeof clerk, input: object) =>
    (await client.query(EDIT, { input: { orderId: opened.id, ...input } })).editWorkOrder;

  const promisedAt = new Date(Date.now() + 10 * 86400_000).toISOString();
  const photo = await uploadPhoto(clerk, store.globalId);
  const edited = await edit(clerk, {
    promisedAt,
    conditionNotes: '右脚后跟磨损',
    addIntakePhotoIds: [photo],
    shoe: { brand: 'Nike', model: 'Dunk Low' },
    technicianId: account(tech.accountId),
  });
  expect(edited).toMatchObject({
    __typename: 'WorkOrder',
    promisedAt,
    conditionNotes: '右脚后跟磨损',
    shoe: { brand: 'Nike', model: 'Dunk Low' },
    technician: { accountId: account(tech.accountId) },
    intakePhotos: [{ kind: 'image' }],
  });
  const entries = edited.timeline.slice(1);
  expect(entries.map((e: any) => e.kind)).toEqual(['pairEdited', 'assigned', 'promiseChanged', 'notesEdited', 'photosEdited']);
  expect(entries.every((e: any) => e.actor.accountId === account(clerk.accountId) && e.at)).toBe(true);
  expect((await live.next()).myOrderEvents).toEqual({ type: 'order.promiseChanged', order: { promisedAt } });

  // The assigned technician adds notes, but does not move the date.
  expect((await edit(tech, { conditionNotes: '鞋带孔有裂' })).conditionNotes).toBe('鞋带孔有裂');
  expect((await edit(tech, { promisedAt })).__typename).toBe('NotAllowed');
  expect((await edit(clerk, { promisedAt: new Date(Date.now() - 86400_000).toISOString() })).__typename).toBe('InvalidInput');

  // Services: once cleaning has started, its line stays; the recolouring quote can still change.
  expect((await move(tech, opened.id, 'cleaning')).status).toBe('cleaning');
  await tech.query(`mutation($input: StartCareStepInput!) { startCareStep(input: $input) { __typename } }`, {
    input: { orderId: opened.id, serviceCode: SERVICES.clean.code },
  });
  const dropped = await edit(clerk, { services: [SERVICES.recolour] });
  expect(dropped).toMatchObject({ __typename: 'InvalidInput', message: expect.stringContaining('深度清洁') });
  const repriced = await edit(clerk, {
    services: [SERVICES.clean, { ...SERVICES.recolour, priceMinor: 19800 }, SERVICES.protect],
  });
  expect(repriced.services).toEqual([
    { code: 'deep-clean', priceMinor: 12800 },
    { code: 'recolour', priceMinor: 19800 },
    { code: 'waterproof', priceMinor: 6800 },
  ]);
  expect(repriced.timeline.at(-1)).toMatchObject({ kind: 'servicesEdited', actor: { accountId: account(clerk.accountId) } });
  expect((await edit(clerk, {})).__typename).toBe('InvalidInput');
  await live.close();
});
