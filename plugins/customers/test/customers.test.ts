import { createTestPlatform, globalId, type TestPlatform, type TestStore } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customersPlugin, recordSpend, recordVisit } from '../src/index.ts';

let t: TestPlatform;
let store: TestStore;
let otherStore: TestStore;
beforeAll(async () => {
  t = await createTestPlatform({ plugins: [customersPlugin] });
  store = await t.store('静安店');
  otherStore = await t.store('徐汇店');
});
afterAll(() => t?.close());

const ME = `{ viewer { customer { id name phone tier { code } shoes { id brand } } } }`;
const REGISTER = `mutation($input: RegisterCustomerInput!) { registerCustomer(input: $input) { __typename ... on Customer { id name } ... on Error { message } } }`;
const ADD_SHOE = `mutation($input: AddShoeInput!) { addShoe(input: $input) { __typename ... on Shoe { id brand material } ... on Error { message } } }`;
const UPDATE_SHOE = `mutation($input: UpdateShoeInput!) { updateShoe(input: $input) { __typename ... on Shoe { id colour archived } ... on Error { message } } }`;
const SEARCH = `query($storeId: ID, $search: String, $tag: String, $first: Int, $after: String) {
  customers(storeId: $storeId, search: $search, tag: $tag, first: $first, after: $after) {
    edges { node { name phone tags } } pageInfo { hasNextPage endCursor } } }`;
const NODE = `query($id: ID!) { node(id: $id) { __typename ... on Customer { name notes { body } } } }`;

describe('customer record', () => {
  it('is created on first code sign-in, with the account id as its id', async () => {
    const customer = await t.customer();
    await t.settle();
    const data = await customer.query(ME);
    expect(data.viewer.customer).toMatchObject({
      id: globalId('Customer', customer.accountId),
      phone: customer.phone,
      tier: { code: 'regular' },
      shoes: [],
    });
  });

  it('a customer edits their own profile and shoes; another customer cannot see or edit them', async () => {
    const wang = await t.customer();
    const li = await t.customer();
    const profile = await wang.query(
      `mutation { updateMyProfile(input: { name: "王先生", preferences: ["麂皮不用强溶剂"] }) { __typename ... on Customer { name preferences } } }`,
    );
    expect(profile.updateMyProfile).toEqual({ __typename: 'Customer', name: '王先生', preferences: ['麂皮不用强溶剂'] });
    const shoe = (await wang.query(ADD_SHOE, { input: { brand: 'Nike', model: 'AJ1 Chicago', material: '皮革', size: '42.5' } }))
      .addShoe;
    expect(shoe).toMatchObject({ __typename: 'Shoe', brand: 'Nike', material: '皮革' });

    // Li cannot read Wang's record or shoe, nor edit the shoe, nor add shoes to Wang.
    expect((await li.query(NODE, { id: globalId('Customer', wang.accountId) })).node).toBeNull();
    expect((await li.query(`query($id: ID!) { node(id: $id) { id } }`, { id: shoe.id })).node).toBeNull();
    expect((await li.query(UPDATE_SHOE, { input: { shoeId: shoe.id, colour: '黑' } })).updateShoe.__typename).toBe('NotAllowed');
    expect(
      (await li.query(ADD_SHOE, { input: { customerId: globalId('Customer', wang.accountId), brand: 'X' } })).addShoe.__typename,
    ).toBe('NotAllowed');
    // Customers cannot use staff operations.
    expect((await li.request(SEARCH, {})).errors?.length).toBeGreaterThan(0);

    const updated = (await wang.query(UPDATE_SHOE, { input: { shoeId: shoe.id, colour: '红白黑', archived: true } })).updateShoe;
    expect(updated).toMatchObject({ colour: '红白黑', archived: true });
    expect((await wang.query(ME)).viewer.customer.shoes).toEqual([]);
  });
});

describe('staff and customers', () => {
  it('the front desk registers walk-ins; staff search their store by phone, name and tag with paging', async () => {
    const clerk = await t.staff(store, 'clerk');
    const names = ['王先生', '王女士', '王老师', '李女士'];
    const ids: string[] = [];
    for (const [i, name] of names.entries()) {
      const r = (await clerk.query(REGISTER, { input: { storeId: store.globalId, phone: `1390000000${i}`, name } }))
        .registerCustomer;
      expect(r.__typename).toBe('Customer');
      ids.push(r.id);
    }
    await clerk.query(`mutation($input: UpdateCustomerInput!) { updateCustomer(input: $input) { __typename } }`, {
      input: { customerId: ids[3], tags: ['VIP', '麂皮'] },
    });

    const page1 = (await clerk.query(SEARCH, { storeId: store.globalId, search: '王', first: 2 })).customers;
    expect(page1.edges.map((e: any) => e.node.name)).toHaveLength(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (
      await clerk.query(SEARCH, { storeId: store.globalId, search: '王', first: 2, after: page1.pageInfo.endCursor })
    ).customers;
    expect(page2.edges).toHaveLength(1);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect([...page1.edges, ...page2.edges].map((e: any) => e.node.name).sort()).toEqual(['王先生', '王女士', '王老师'].sort());

    expect((await clerk.query(SEARCH, { search: '13900000003' })).customers.edges.map((e: any) => e.node.name)).toEqual([
      '李女士',
    ]);
    expect((await clerk.query(SEARCH, { tag: '麂皮' })).customers.edges.map((e: any) => e.node.name)).toEqual(['李女士']);

    // Staff of another store see none of them, and cannot search this store.
    const otherClerk = await t.staff(otherStore, 'clerk');
    expect((await otherClerk.query(SEARCH, { search: '王' })).customers.edges).toEqual([]);
    expect((await otherClerk.request(SEARCH, { storeId: store.globalId })).errors?.[0].message).toMatch(/not allowed/i);
    expect((await otherClerk.query(NODE, { id: ids[0] })).node).toBeNull();
    expect(
      (await otherClerk.query(REGISTER, { input: { storeId: store.globalId, phone: '13900000009', name: 'x' } })).registerCustomer
        .__typename,
    ).toBe('NotAllowed');
    // …and the owner sees them.
    const owner = await t.owner();
    expect((await owner.query(NODE, { id: ids[0] })).node.name).toBe('王先生');
  });

  it('staff notes are staff-only; staff add shoes for their customers', async () => {
    const clerk = await t.staff(store, 'clerk');
    const customer = await t.customer();
    const cid = globalId('Customer', customer.accountId);
    // Not yet a customer of the store: invisible, cannot be noted.
    expect((await clerk.query(NODE, { id: cid })).node).toBeNull();
    await clerk.query(REGISTER, { input: { storeId: store.globalId, phone: customer.phone, name: 'ignored' } });
    const note = await clerk.query(
      `mutation($input: AddCustomerNoteInput!) { addCustomerNote(input: $input) { __typename ... on CustomerNote { body } } }`,
      { input: { customerId: cid, storeId: store.globalId, body: '限量款请张大师处理' } },
    );
    expect(note.addCustomerNote).toEqual({ __typename: 'CustomerNote', body: '限量款请张大师处理' });
    expect((await clerk.query(NODE, { id: cid })).node.notes).toEqual([{ body: '限量款请张大师处理' }]);
    expect((await customer.query(NODE, { id: cid })).node.notes).toEqual([]);
    const shoe = await clerk.query(ADD_SHOE, { input: { customerId: cid, brand: 'Tod’s', material: '麂皮' } });
    expect(shoe.addShoe.__typename).toBe('Shoe');
    expect((await customer.query(ME)).viewer.customer.shoes.map((s: any) => s.brand)).toContain('Tod’s');
  });
});

describe('ids', () => {
  it('takes and gives global ids: notes, the preferred technician and shoe photos; others are InvalidInput', async () => {
    const clerk = await t.staff(store, 'clerk');
    const tech = await t.staff(store, 'technician');
    const customer = await t.customer();
    const cid = globalId('Customer', customer.accountId);
    const techId = globalId('Account', tech.accountId);
    await clerk.query(REGISTER, { input: { storeId: store.globalId, phone: customer.phone, name: 'x' } });
    await clerk.query(`mutation($input: AddCustomerNoteInput!) { addCustomerNote(input: $input) { __typename } }`, {
      input: { customerId: cid, storeId: store.globalId, body: '老顾客' },
    });
    const NOTES = `query($id: ID!) { node(id: $id) { ... on Customer { preferredTechnicianId notes { id storeId authorId } } } }`;
    const [note] = (await clerk.query(NOTES, { id: cid })).node.notes;
    expect(note).toMatchObject({ storeId: store.globalId, authorId: globalId('Account', clerk.accountId) });
    expect(atob(note.id)).toMatch(/^CustomerNote:[0-9a-f-]{36}$/);

    const PROFILE = `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { __typename ... on Customer { preferredTechnicianId } ... on Error { message } } }`;
    expect((await customer.query(PROFILE, { input: { preferredTechnicianId: techId } })).updateMyProfile).toEqual({
      __typename: 'Customer',
      preferredTechnicianId: techId,
    });
    for (const wrong of [tech.accountId, store.globalId, globalId('Account', 'not-a-uuid')]) {
      expect((await customer.query(PROFILE, { input: { preferredTechnicianId: wrong } })).updateMyProfile.__typename).toBe(
        'InvalidInput',
      );
    }
    expect((await clerk.query(NOTES, { id: cid })).node.preferredTechnicianId).toBe(techId);
    expect(
      (await customer.query(PROFILE, { input: { preferredTechnicianId: null } })).updateMyProfile.preferredTechnicianId,
    ).toBeNull();

    const photo = globalId('Attachment', '00000000-0000-4000-8000-000000000001');
    const added = await customer.query(
      `mutation($input: AddShoeInput!) { addShoe(input: $input) { __typename ... on Shoe { photoIds } ... on Error { message } } }`,
      { input: { brand: 'Nike', photoIds: [photo] } },
    );
    expect(added.addShoe).toEqual({ __typename: 'Shoe', photoIds: [photo] });
    for (const wrong of ['00000000-0000-4000-8000-000000000001', store.globalId, globalId('Attachment', 'x')]) {
      expect((await customer.query(ADD_SHOE, { input: { brand: 'Nike', photoIds: [wrong] } })).addShoe.__typename).toBe(
        'InvalidInput',
      );
    }
  });
});

describe('tiers', () => {
  it('promotes by lifetime spend or visits, with a tierChanged event to the customer', async () => {
    const customer = await t.customer();
    await t.settle();
    const sub = customer.subscribe(`subscription { customerEvents { type customer { tier { code } } } }`);
    const other = await t.customer();
    await t.settle(); // its own customer.created is not what we listen for
    const otherSub = other.subscribe(`subscription { customerEvents { type } }`);
    await sub.ready();
    await otherSub.ready();
    await t.runtime.tx((tx) => recordSpend(tx, customer.accountId, 99_999));
    expect((await customer.query(ME)).viewer.customer.tier.code).toBe('regular');
    await t.runtime.tx((tx) => recordSpend(tx, customer.accountId, 1));
    expect((await customer.query(ME)).viewer.customer.tier.code).toBe('silver');
    const event = await sub.next();
    expect(event).toEqual({ customerEvents: { type: 'customer.tierChanged', customer: { tier: { code: 'silver' } } } });
    // Another customer hears nothing of it.
    await otherSub.expectSilence(300);
    await otherSub.close();
    for (let i = 0; i < 15; i++) await t.runtime.tx((tx) => recordVisit(tx, customer.accountId));
    expect((await customer.query(ME)).viewer.customer.tier.code).toBe('gold');
    await sub.close();
  });

  it('a store admin overrides the tier by hand; clerks and customers cannot', async () => {
    const admin = await t.staff(store, 'storeAdmin');
    const clerk = await t.staff(store, 'clerk');
    const otherAdmin = await t.staff(otherStore, 'storeAdmin');
    const customer = await t.customer();
    await clerk.query(REGISTER, { input: { storeId: store.globalId, phone: customer.phone, name: 'x' } });
    const SET = `mutation($input: SetCustomerTierInput!) { setCustomerTier(input: $input) { __typename ... on Customer { tier { code } tierManual } } }`;
    const input = { customerId: globalId('Customer', customer.accountId), tier: 'vip' };
    expect((await clerk.query(SET, { input })).setCustomerTier.__typename).toBe('NotAllowed');
    expect((await otherAdmin.query(SET, { input })).setCustomerTier.__typename).toBe('NotAllowed');
    expect((await customer.query(SET, { input })).setCustomerTier.__typename).toBe('NotAllowed');
    expect((await customer.query(ME)).viewer.customer.tier.code).toBe('regular');
    expect((await admin.query(SET, { input: { ...input, tier: 'nope' } })).setCustomerTier.__typename).toBe('InvalidInput');
    expect((await admin.query(SET, { input })).setCustomerTier).toEqual({
      __typename: 'Customer',
      tier: { code: 'vip' },
      tierManual: true,
    });
  });

  it('only the owner configures tiers', async () => {
    const admin = await t.staff(store, 'storeAdmin');
    const CONFIGURE = `mutation($input: ConfigureCustomerTiersInput!) { configureCustomerTiers(input: $input) { __typename ... on MutationConfigureCustomerTiersSuccess { data { code rank minVisits } } ... on Error { message } } }`;
    const tiers = [
      { code: 'regular', name: '普通' },
      { code: 'silver', name: '银卡', minSpendMinor: 100000, minVisits: 5 },
      { code: 'gold', name: '金卡', minSpendMinor: 500000, minVisits: 12 },
      { code: 'vip', name: 'VIP', minSpendMinor: 2000000, minVisits: 40 },
    ];
    expect((await admin.query(CONFIGURE, { input: { tiers } })).configureCustomerTiers.__typename).toBe('NotAllowed');
    const owner = await t.owner();
    const result = (await owner.query(CONFIGURE, { input: { tiers } })).configureCustomerTiers;
    expect(result.data.map((x: any) => [x.code, x.rank, x.minVisits])).toEqual([
      ['regular', 0, null],
      ['silver', 1, 5],
      ['gold', 2, 12],
      ['vip', 3, 40],
    ]);
    // Tiers held by customers cannot be dropped.
    const dropped = (await owner.query(CONFIGURE, { input: { tiers: tiers.slice(0, 2) } })).configureCustomerTiers;
    expect(dropped.__typename).toBe('InvalidInput');
  });
});
