/**
 * The server words its own texts (an order's history) in the reader's language: the account's
 * stored locale, set with setMyLocale. Public API only.
 */
import type { TestPlatform, TestStore } from '@lacewire/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { account, moveTo, OPEN, openInput, SERVICES, scenarioPlatform } from './setup.ts';

let t: TestPlatform;
let close: () => Promise<void>;
let store: TestStore;

beforeAll(async () => {
  ({ t, close } = await scenarioPlatform());
  store = await t.store('拾履 静安店');
});
afterAll(() => close?.());

const TIMELINE = `query($id: ID!) { node(id: $id) { ... on WorkOrder { tagNumber timeline { kind text } } } }`;
const SET = `mutation($locale: String!) { setMyLocale(input: { locale: $locale }) {
  __typename ... on Account { locale } ... on Error { code params { name value } } } }`;

it("words an order's history in the locale each reader chose, and refuses an unknown one", async () => {
  const clerk = await t.staff(store, 'clerk', '李前台');
  const tech = await t.staff(store, 'technician', '王师傅');
  const wang = await t.customer();
  const { openWorkOrder: order } = await clerk.query(
    OPEN,
    openInput(store, account(wang.accountId), [SERVICES.clean], { technicianId: account(tech.accountId) }),
  );
  await moveTo(clerk, order.id, 'cleaning');

  const history = async (client: { query: typeof wang.query }) => {
    const { node } = await client.query(TIMELINE, { id: order.id });
    return { tag: node.tagNumber as string, texts: (node.timeline as { text: string }[]).map((e) => e.text) };
  };
  const before = await history(wang);
  expect(before.texts[0]).toBe(`已收件，吊牌号 ${before.tag}`);

  expect((await wang.query(SET, { locale: 'en' })).setMyLocale).toEqual({ __typename: 'Account', locale: 'en' });
  const english = await history(wang);
  expect(english.texts[0]).toBe(`Received, tag ${before.tag}`);
  // No Chinese sentence is left (stage names are the store's own words and stay as written).
  expect(english.texts.join(' ')).not.toMatch(/已收件|吊牌号|开始|完成/);
  // The clerk did not change theirs: the same entries, in Chinese.
  expect((await history(clerk)).texts[0]).toBe(`已收件，吊牌号 ${before.tag}`);

  const refused = (await wang.query(SET, { locale: 'fr' })).setMyLocale;
  expect(refused).toEqual({ __typename: 'InvalidInput', code: 'InvalidInput', params: [{ name: 'field', value: 'locale' }] });
  const { viewer } = await wang.query('{ viewer { account { locale } } }');
  expect(viewer.account.locale).toBe('en');
});
