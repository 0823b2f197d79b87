/**
 * The counter's search box (issue 18, point 6): an order by its tag number or scanned tag, and the
 * store's customers by phone or name, in one ranked list.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { carePlugin } from '@lacewire/plugin-care';
import { customersPlugin } from '@lacewire/plugin-customers';
import { filesPlugin } from '@lacewire/plugin-files';
import { createTestPlatform, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { localId } from '../../plugins/appointments/test/setup.ts';
import { OPEN, SERVICES } from './setup.ts';

let t: TestPlatform;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lw-front-desk-'));
  t = await createTestPlatform({
    plugins: [customersPlugin, filesPlugin, carePlugin],
    settings: { files: { directory: dir, secret: 'front-desk-secret-front-desk-secret' } },
  });
});
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

const SEARCH = `query($storeId: ID!, $query: String!) { frontDeskSearch(storeId: $storeId, query: $query) {
  score match customer { name } order { id tagNumber } } }`;

it('finds the order by tag number or scanned tag and customers by phone suffix or surname, ranked', async () => {
  const store = await t.store('静安店');
  const clerk = await t.staff(store, 'clerk');
  const register = async (name: string, phone: string) =>
    (
      await clerk.query(
        `mutation($input: RegisterCustomerInput!) { registerCustomer(input: $input) { ... on Customer { id } } }`,
        {
          input: { storeId: store.globalId, phone, name },
        },
      )
    ).registerCustomer.id;
  const wang = await register('王小明', '13912340001');
  await register('王芳', '13800009999');
  const opened = (
    await clerk.query(OPEN, {
      input: { storeId: store.globalId, customerId: wang, shoe: { brand: 'Nike' }, services: [SERVICES.clean] },
    })
  ).openWorkOrder;
  expect(opened.tagNumber).toBe('0001');
  const search = async (query: string) => (await clerk.query(SEARCH, { storeId: store.globalId, query })).frontDeskSearch;

  // "0001" is both the tag number and the last 4 digits of 王小明's phone: the order first.
  expect(await search('0001')).toEqual([
    { score: 150, match: 'tagNumber', customer: null, order: { id: opened.id, tagNumber: '0001' } },
    { score: 80, match: 'phoneSuffix', customer: { name: '王小明' }, order: null },
  ]);
  expect((await search('1')).map((h: any) => h.match)).toEqual(['tagNumber']);
  expect(await search(`LW:ORDER:${localId(opened.id)}`)).toEqual([
    { score: 200, match: 'orderTag', customer: null, order: { id: opened.id, tagNumber: '0001' } },
  ]);
  const surname = await search('王');
  expect(surname.every((h: any) => h.match === 'namePrefix' && h.score === 50)).toBe(true);
  expect(surname.map((h: any) => h.customer.name).sort()).toEqual(['王小明', '王芳'].sort());
  expect((await search('13800009999')).map((h: any) => [h.score, h.customer.name])).toEqual([[100, '王芳']]);

  // Another store's clerk finds nothing of this store, and may not search it.
  const other = await t.staff(await t.store('徐汇店'), 'clerk');
  await expect(other.query(SEARCH, { storeId: store.globalId, query: '0001' })).rejects.toThrow(/not allowed/i);
});
