/**
 * Texts a customer reads are written for the customer; staff read the shop's side (issue 18,
 * point 10). The same order history reads "您已同意…" in the portal and "客户已同意…" on the
 * console, in both languages, down to a reason inside a status entry.
 */
import type { TestClient, TestPlatform, TestStore } from '@lacewire/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { account, moveTo, OPEN, openInput, SERVICES, scenarioPlatform, work } from './setup.ts';

let t: TestPlatform;
let close: () => Promise<void>;
let store: TestStore;

beforeAll(async () => {
  ({ t, close } = await scenarioPlatform());
  store = await t.store('拾履 静安店');
});
afterAll(() => close?.());

const TIMELINE = `query($id: ID!) { node(id: $id) { ... on WorkOrder { timeline { kind text } } } }`;
const SET_LOCALE = `mutation($locale: String!) { setMyLocale(input: { locale: $locale }) { __typename } }`;

async function texts(client: TestClient, orderId: string, locale: string) {
  await client.query(SET_LOCALE, { locale });
  const { node } = await client.query(TIMELINE, { id: orderId });
  return (node.timeline as { kind: string; text: string }[]).map((e) => e.text);
}

it('the customer is addressed in their history; staff read the same history from the shop side', async () => {
  const clerk = await t.staff(store, 'clerk');
  const tech = await t.staff(store, 'technician', '王师傅');
  const customer = await t.customer();
  const opened = await clerk.query(
    OPEN,
    openInput(store, account(customer.accountId), [SERVICES.clean], {
      technicianId: account(tech.accountId),
      conditionNotes: '鞋头磨损',
    }),
  );
  const orderId = opened.openWorkOrder.id;
  const ack = await customer.query(
    `mutation($input: AcknowledgeConditionInput!) { acknowledgeCondition(input: $input) { __typename } }`,
    { input: { orderId } },
  );
  expect(ack.acknowledgeCondition.__typename).toBe('WorkOrder');
  await moveTo(tech, orderId, 'cleaning');
  await work(tech, orderId, { serviceCode: 'deep-clean' });
  const raised = await tech.query(
    `mutation($input: RaiseChangeRequestInput!) { raiseChangeRequest(input: $input) { __typename ... on ChangeRequest { id } } }`,
    { input: { orderId, description: '鞋底开胶', service: SERVICES.sole } },
  );
  // On hold, the order's status reads as a question to the customer, a wait to staff.
  const LABEL = `query($id: ID!) { node(id: $id) { ... on WorkOrder { status statusLabel } } }`;
  expect((await customer.query(LABEL, { id: orderId })).node).toEqual({ status: 'onHold', statusLabel: '等待您确认' });
  expect((await clerk.query(LABEL, { id: orderId })).node).toEqual({ status: 'onHold', statusLabel: '等待客户确认' });
  const answered = await customer.query(
    `mutation($input: AnswerChangeRequestInput!) { answerChangeRequest(input: $input) { __typename } }`,
    { input: { changeRequestId: raised.raiseChangeRequest.id, approve: true, note: '尽快' } },
  );
  expect(answered.answerChangeRequest.__typename).toBe('ChangeRequest');
  const promisedAt = new Date(Date.now() + 9 * 86400_000);
  const edited = await clerk.query(`mutation($input: EditWorkOrderInput!) { editWorkOrder(input: $input) { __typename } }`, {
    input: { orderId, promisedAt: promisedAt.toISOString() },
  });
  expect(edited.editWorkOrder.__typename).toBe('WorkOrder');

  const mine = (await texts(customer, orderId, 'zh-CN')).join('\n');
  expect(mine).toContain('您已确认收件时的鞋况');
  expect(mine).toContain('追加项目等您确认：鞋底开胶重粘');
  expect(mine).toContain('等待您确认（鞋底开胶重粘）');
  expect(mine).toContain('您已同意：鞋底开胶重粘（尽快）');
  expect(mine).toContain('（您已确认追加项目）');
  expect(mine).toContain(`预计完成时间已调整：`);
  expect(mine).not.toMatch(/客户/);

  const theirs = (await texts(clerk, orderId, 'zh-CN')).join('\n');
  expect(theirs).toContain('客户已确认收件时的鞋况');
  expect(theirs).toContain('客户已同意：鞋底开胶重粘（尽快）');
  expect(theirs).toContain('（客户已确认追加项目）');
  expect(theirs).not.toMatch(/您/);

  const english = (await texts(customer, orderId, 'en')).join('\n');
  expect(english).toContain('You confirmed the condition at intake');
  expect(english).toContain('You approved: 鞋底开胶重粘 (尽快)');
  expect(english).toContain('Waiting for your answer (鞋底开胶重粘)');
  expect(english).toContain('(you approved the extra work)');
  expect(english).toContain(`Expected to be done by ${promisedAt.toISOString().slice(0, 10)}`);
  expect(english).not.toMatch(/the customer/i);
  expect((await texts(clerk, orderId, 'en')).join('\n')).toContain('The customer approved: 鞋底开胶重粘 (尽快)');
});
