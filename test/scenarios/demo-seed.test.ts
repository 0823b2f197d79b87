/** The demo data: orders in different states in the demo stores, seen by the demo customers. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aftercarePlugin } from '@lacewire/plugin-aftercare';
import { appointmentsPlugin } from '@lacewire/plugin-appointments';
import { carePlugin } from '@lacewire/plugin-care';
import { catalogPlugin } from '@lacewire/plugin-catalog';
import { customersPlugin } from '@lacewire/plugin-customers';
import { filesPlugin } from '@lacewire/plugin-files';
import { createTestPlatform, globalId, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';

let t: TestPlatform;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lw-seed-'));
  t = await createTestPlatform({
    seed: true,
    plugins: [customersPlugin, catalogPlugin, appointmentsPlugin, filesPlugin, carePlugin, aftercarePlugin],
    settings: { files: { directory: dir, secret: 'seed-secret-seed-secret-seed-secret' } },
  });
});
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

it("seeds 王先生's limited-edition pair mid-pipeline and orders in other states", async () => {
  const wang = await t.customer('13800000001');
  const { myOrders } = await wang.query(
    `{ myOrders { status shoe { model } services { name state } changeRequests { status } intakePhotos { url } } }`,
  );
  const aj1 = myOrders.find((o: any) => o.shoe.model.includes('Chicago'));
  expect(aj1).toMatchObject({ status: 'recolouring', changeRequests: [{ status: 'approved' }] });
  expect(aj1.services.map((s: any) => s.name)).toContain('鞋底开胶重粘');
  expect((await fetch(new URL(aj1.intakePhotos[0].url, t.url))).status).toBe(200);
  expect(myOrders.map((o: any) => o.status).sort()).toEqual(['onHold', 'recolouring']);
  const clerk = await t.signIn('clerk.jingan', 'lacewire-demo');
  const { workOrders } = await clerk.query(`query($s: ID!) { workOrders(storeId: $s) { status customerName } }`, {
    s: globalId('Store', '00000000-0000-4000-8000-000000000001'),
  });
  expect(workOrders.map((o: any) => o.status).sort()).toEqual([
    'onHold',
    'pickedUp',
    'qualityCheck',
    'readyForPickup',
    'recolouring',
  ]);
  expect(workOrders.map((o: any) => o.customerName)).toContain('李女士');
});
