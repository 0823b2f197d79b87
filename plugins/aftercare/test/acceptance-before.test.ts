/**
 * Remote acceptance shows the intake photos as "before" by default (issue 18, point 8), so the
 * customer compares the finished pair with the pair as it came in.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { carePlugin } from '@lacewire/plugin-care';
import { filesPlugin } from '@lacewire/plugin-files';
import { uploadPhoto } from '@lacewire/plugin-files/testing';
import { createTestPlatform, type TestPlatform, type TestStore } from '@lacewire/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { move, openOrder, SERVICES } from '../../care/test/helpers.ts';
import { aftercarePlugin } from '../src/index.ts';

let t: TestPlatform;
let dir: string;
let store: TestStore;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lw-aftercare-before-'));
  t = await createTestPlatform({
    plugins: [filesPlugin, carePlugin, aftercarePlugin],
    settings: { files: { directory: dir, secret: 'aftercare-secret-aftercare-secret!!' } },
  });
  store = await t.store();
});
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

const REQUEST = `mutation($input: RequestAcceptanceInput!) { requestAcceptance(input: $input) {
  __typename ... on Acceptance { id beforePhotos { id url } afterPhotos { id } } ... on Error { message } } }`;

it('uses the intake photos as "before" unless staff send others (an empty list sends none)', async () => {
  const clerk = await t.staff(store, 'clerk');
  const customer = await t.customer();
  const intake = [await uploadPhoto(clerk, store.globalId, '#333'), await uploadPhoto(clerk, store.globalId, '#444')];
  const opened = await openOrder(clerk, store, customer.accountId, { services: [SERVICES.clean], intakePhotoIds: intake });
  for (const to of ['cleaning', 'qualityCheck']) expect((await move(clerk, opened.id, to)).status).toBe(to);

  const after = await uploadPhoto(clerk, store.globalId, '#c00');
  const { requestAcceptance } = await clerk.query(REQUEST, { input: { orderId: opened.id, afterPhotoIds: [after] } });
  expect(requestAcceptance.beforePhotos.map((p: any) => p.id)).toEqual(intake);

  // The customer sees them on the acceptance and can open them.
  const seen = await customer.query(`query($id: ID!) { node(id: $id) { ... on Acceptance { beforePhotos { id url } } } }`, {
    id: requestAcceptance.id,
  });
  expect(seen.node.beforePhotos.map((p: any) => p.id)).toEqual(intake);
  expect((await fetch(new URL(seen.node.beforePhotos[0].url, t.url))).status).toBe(200);

  // Explicit "before" photos still win; an empty list sends none.
  const other = await t.customer();
  const bare = await openOrder(clerk, store, other.accountId, { services: [SERVICES.clean], intakePhotoIds: intake.slice(0, 1) });
  for (const to of ['cleaning', 'qualityCheck']) await move(clerk, bare.id, to);
  const none = await clerk.query(REQUEST, { input: { orderId: bare.id, afterPhotoIds: [after], beforePhotoIds: [] } });
  expect(none.requestAcceptance.beforePhotos).toEqual([]);
});
