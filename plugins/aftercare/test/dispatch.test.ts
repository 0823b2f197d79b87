import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { carePlugin } from '@lacewire/plugin-care';
import { filesPlugin } from '@lacewire/plugin-files';
import { createTestPlatform, type TestPlatform, type TestStore } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aftercarePlugin, DEFAULT_RULES, dispatch } from '../src/index.ts';

let t: TestPlatform;
let dir: string;
let store: TestStore;
let adminId: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lw-aftercare-'));
  t = await createTestPlatform({
    plugins: [filesPlugin, carePlugin, aftercarePlugin],
    settings: { files: { directory: dir, secret: 'aftercare-secret-aftercare-secret!!' } },
  });
  store = await t.store();
  adminId = (await t.staff(store, 'storeAdmin')).accountId;
});
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('complaint dispatch rules (first match wins)', () => {
  const run = (category: string, severity: 'low' | 'medium' | 'high', technicianId: string | null, rules = DEFAULT_RULES) =>
    dispatch(t.runtime.em(), rules, { storeId: store.id, category, severity, technicianId });

  it('sends high severity to the store admin, quality and damage to the order technician, the rest to the admin', async () => {
    expect(await run('quality', 'high', 'tech-1')).toEqual({ assigneeId: adminId, assignedAs: 'storeAdmin' });
    expect(await run('damage', 'low', 'tech-1')).toEqual({ assigneeId: 'tech-1', assignedAs: 'technician' });
    expect(await run('quality', 'medium', null)).toEqual({ assigneeId: adminId, assignedAs: 'storeAdmin' });
    expect(await run('price', 'low', 'tech-1')).toEqual({ assigneeId: adminId, assignedAs: 'storeAdmin' });
  });

  it("follows a store's own rules", async () => {
    const rules = [{ categories: ['delay'], minSeverity: null, assignTo: 'technician' as const }];
    expect(await run('delay', 'low', 'tech-2', rules)).toEqual({ assigneeId: 'tech-2', assignedAs: 'technician' });
    expect(await run('price', 'low', 'tech-2', rules)).toEqual({ assigneeId: null, assignedAs: null });
  });

  it('refuses SLA settings from anyone but the store admin', async () => {
    const clerk = await t.staff(store, 'clerk');
    const result = await clerk.query(
      `mutation($input: ConfigureAftercareInput!) { configureAftercare(input: $input) { __typename } }`,
      { input: { storeId: store.globalId, firstResponseMinutes: 1 } },
    );
    expect(result.configureAftercare.__typename).toBe('NotAllowed');
  });
});
