/**
 * A list whose items fail in different ways at once must not end the server. A clerk of 静安店 asks
 * every store for its lists and reports: the other store's item fails at once on a field only its
 * staff may read, this one's metrics (store admins only) are refused a moment later. Before the
 * executor's patch (patches/README.md) that later refusal was an unhandled rejection: the answer
 * went out, then the process exited (here vitest reports the rejection and the run fails; checked
 * by running this file on the unpatched package).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD } from '@lacewire/plugin-stores';
import { createTestPlatform, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../packages/server/src/config.ts';
import { firstPartyPlugins, firstPartySettings } from '../../packages/server/src/plugins.ts';

let t: TestPlatform;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lw-abandoned-'));
  const config = loadConfig({ LACEWIRE_FILES_DIR: dir, LACEWIRE_DEMO_HISTORY_DAYS: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test' });
  t = await createTestPlatform({ plugins: firstPartyPlugins, settings: firstPartySettings(config), seed: true, jobs: false });
}, 120_000);
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

it('answers a list whose items are refused at different moments, and keeps serving', async () => {
  const clerk = await t.signIn('clerk.jingan', DEMO_PASSWORD);
  const to = new Date().toISOString();
  const from = new Date(Date.now() - 7 * 86_400_000).toISOString();
  // What a schema-driven client asked (test/api/id-form.test.ts found it).
  const answer = await clerk.request(
    `query($from: DateTime!, $to: DateTime!) { stores { appointments { edges { node { customer { id preferredTechnicianId } id services { id } shoes { id photoIds } technicianId } } } id lowStockMaterials { id } materials { id } metrics(from: $from, to: $to) { labour { orders { order { customerId id shoeId } } services { serviceId } technicians { technician { id } } } previous { labour { services { serviceId } } } } reviews { id orderId photos { id } repliedBy { accountId } } services { id } shiftExceptions(fromDate: "2026-01-01", toDate: "2026-01-14") { id technicianId } shifts { technicianId } staff { accountId } technicians { accountId } } }`,
    { from, to },
  );
  expect(answer.errors?.map((e: { message: string }) => e.message)).toContain('You are not allowed to do this.');
  // Every refusal has come and gone; the server still answers.
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect((await clerk.query('{ viewer { account { id } } }')).viewer.account.id).toBeTruthy();
});
