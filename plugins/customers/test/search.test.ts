/**
 * Front-desk customer search (issue 18, point 6): full phone, the last 4 digits, a one-character
 * surname, part of a name, a tag — ranked, best match first, only the viewer's stores.
 */
import { createTestPlatform, type TestPlatform, type TestStore } from '@lacewire/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { customersPlugin } from '../src/index.ts';

let t: TestPlatform;
let store: TestStore;

beforeAll(async () => {
  t = await createTestPlatform({ plugins: [customersPlugin] });
  store = await t.store('静安店');
});
afterAll(() => t?.close());

const REGISTER = `mutation($input: RegisterCustomerInput!) { registerCustomer(input: $input) { ... on Customer { id } } }`;
const SEARCH = `query($search: String) { customers(search: $search, first: 10) { edges { node { name } } } }`;

it('finds by full phone, the last 4 digits, a surname, part of a name and a tag, best match first', async () => {
  const clerk = await t.staff(store, 'clerk');
  const people: [string, string][] = [
    ['王小明', '13912345678'],
    ['王芳', '13800005678'],
    ['黄小王', '13755551234'],
    ['李四', '15656781111'],
    ['100%纯', '13600000000'],
  ];
  const ids: string[] = [];
  for (const [name, phone] of people) {
    ids.push((await clerk.query(REGISTER, { input: { storeId: store.globalId, phone, name } })).registerCustomer.id);
  }
  await clerk.query(`mutation($input: UpdateCustomerInput!) { updateCustomer(input: $input) { __typename } }`, {
    input: { customerId: ids[3], tags: ['VIP'] },
  });
  const names = async (search: string) => (await clerk.query(SEARCH, { search })).customers.edges.map((e: any) => e.node.name);

  expect(await names('13912345678')).toEqual(['王小明']);
  expect(await names('139 1234 5678')).toEqual(['王小明']);
  // The last 4 digits: both phones ending in 5678, not the one with 5678 in the middle…
  expect((await names('5678')).sort()).toEqual(['王小明', '王芳'].sort());
  // …and a phone start still works, ranked after exact and suffix matches.
  expect(await names('1380000')).toEqual(['王芳']);
  // One character: a surname (a name starting with it), not every name containing it.
  expect((await names('王')).sort()).toEqual(['王小明', '王芳'].sort());
  // Two characters or more: any part of the name, the exact name first.
  expect(await names('小明')).toEqual(['王小明']);
  expect(await names('王芳')).toEqual(['王芳']);
  expect(await names('小')).toEqual([]);
  expect(await names('VIP')).toEqual(['李四']);
  // LIKE wildcards are text, not patterns.
  expect(await names('100%')).toEqual(['100%纯']);
  expect(await names('%')).toEqual([]);

  // Ranking: the exact name before names that only contain it.
  await clerk.query(REGISTER, { input: { storeId: store.globalId, phone: '13512340000', name: '小王' } });
  expect(await names('小王')).toEqual(['小王', '黄小王']);
});
