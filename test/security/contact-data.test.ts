import { customersPlugin } from '@lacewire/plugin-customers';
import { createTestPlatform, globalId, type TestPlatform, type TestStore } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ACCOUNT = `query($id: ID!) { node(id: $id) { ... on Account { phone displayName } } }`;
const CUSTOMER = `query($id: ID!) { node(id: $id) { ... on Customer { phone name } } }`;
const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Account { phone } ... on Customer { phone } } }`;

let t: TestPlatform;
let jingan: TestStore;
let xuhui: TestStore;
beforeAll(async () => {
  t = await createTestPlatform({ plugins: [customersPlugin] });
  jingan = await t.store('Jing’an');
  xuhui = await t.store('Xuhui');
});
afterAll(() => t?.close());

describe('a phone number is seen by its owner and by staff of the stores the person belongs to', () => {
  it('a customer’s phone: through Customer to their stores’ staff; never to other stores’ staff or customers', async () => {
    const customer = await t.customer();
    const clerk = await t.staff(jingan, 'clerk');
    const otherClerk = await t.staff(xuhui, 'clerk');
    const technicianElsewhere = await t.staff(xuhui, 'technician');
    const stranger = await t.customer();
    // The customer becomes Jing’an's: the front desk registers them by phone.
    const registered = await clerk.query(
      `mutation($input: RegisterCustomerInput!) { registerCustomer(input: $input) { __typename ... on Customer { id } } }`,
      { input: { storeId: jingan.globalId, phone: customer.phone, name: 'Ms Li' } },
    );
    expect(registered.registerCustomer.__typename).toBe('Customer');
    const accountId = globalId('Account', customer.accountId);
    const customerId = globalId('Customer', customer.accountId);

    expect((await customer.query(ACCOUNT, { id: accountId })).node.phone).toBe(customer.phone);
    expect((await clerk.query(CUSTOMER, { id: customerId })).node.phone).toBe(customer.phone);
    for (const outsider of [otherClerk, technicianElsewhere, stranger]) {
      expect((await outsider.query(ACCOUNT, { id: accountId })).node).toBeNull();
      expect((await outsider.query(CUSTOMER, { id: customerId })).node).toBeNull();
      expect((await outsider.query(NODES, { ids: [accountId, customerId] })).nodes).toEqual([null, null]);
    }
  });

  it('a staff member’s phone: to themself, their colleagues and owners; not to another store’s staff', async () => {
    const clerk = await t.staff(jingan, 'clerk');
    const colleague = await t.staff(jingan, 'technician');
    const otherClerk = await t.staff(xuhui, 'clerk');
    const customer = await t.customer();
    await t.runtime
      .em()
      .getConnection()
      .execute(`update identity_account set phone = '13911112222' where id = ?`, [clerk.accountId]);
    const id = globalId('Account', clerk.accountId);
    expect((await clerk.query(ACCOUNT, { id })).node.phone).toBe('13911112222');
    expect((await colleague.query(ACCOUNT, { id })).node.phone).toBe('13911112222');
    expect((await (await t.owner()).query(ACCOUNT, { id })).node.phone).toBe('13911112222');
    expect((await otherClerk.query(ACCOUNT, { id })).node).toBeNull();
    expect((await customer.query(ACCOUNT, { id })).node).toBeNull();
  });
});
