import { createTestPlatform, globalId, localId, type TestPlatform, type TestStore } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogPlugin, consumeMaterial } from '../src/index.ts';

let t: TestPlatform;
let store: TestStore;
let otherStore: TestStore;
beforeAll(async () => {
  t = await createTestPlatform({ plugins: [catalogPlugin] });
  store = await t.store('静安店');
  otherStore = await t.store('徐汇店');
});
afterAll(() => t?.close());

const CREATE_SERVICE = `mutation($input: CreateServiceInput!) { createService(input: $input) { __typename ... on Service { id name category durationMinutes priceMinor currency requiredSkills bookableOnline } ... on Error { message } } }`;
const SERVICES = `query($id: ID!, $all: Boolean) { node(id: $id) { ... on Store { services(all: $all) { name } } } }`;
const CREATE_MATERIAL = `mutation($input: CreateMaterialInput!) { createMaterial(input: $input) { __typename ... on Material { id stock low } ... on Error { message } } }`;

describe('services', () => {
  it('a store admin creates services; the public sees only active online-bookable ones', async () => {
    const admin = await t.staff(store, 'storeAdmin');
    const clean = (
      await admin.query(CREATE_SERVICE, {
        input: {
          storeId: store.globalId,
          name: '球鞋深度清洁',
          category: 'cleaning',
          durationMinutes: 60,
          priceMinor: 12800,
          requiredSkills: ['Cleaning', 'suede '],
        },
      })
    ).createService;
    expect(clean).toMatchObject({
      __typename: 'Service',
      currency: 'CNY',
      requiredSkills: ['cleaning', 'suede'],
      bookableOnline: true,
    });
    await admin.query(CREATE_SERVICE, {
      input: {
        storeId: store.globalId,
        name: '到店评估',
        category: 'other',
        durationMinutes: 30,
        priceMinor: 0,
        bookableOnline: false,
      },
    });
    const anonymous = t.anonymous();
    expect((await anonymous.query(SERVICES, { id: store.globalId })).node.services).toEqual([{ name: '球鞋深度清洁' }]);
    expect((await anonymous.request(SERVICES, { id: store.globalId, all: true })).errors?.length).toBeGreaterThan(0);
    expect((await admin.query(SERVICES, { id: store.globalId, all: true })).node.services).toHaveLength(2);

    const update = await admin.query(
      `mutation($input: UpdateServiceInput!) { updateService(input: $input) { __typename ... on Service { priceMinor active } } }`,
      { input: { serviceId: clean.id, priceMinor: 13800, active: false } },
    );
    expect(update.updateService).toEqual({ __typename: 'Service', priceMinor: 13800, active: false });
    expect((await anonymous.query(`query($id: ID!) { node(id: $id) { id } }`, { id: clean.id })).node).toBeNull();
  });

  it('clerks, technicians, customers and other stores cannot change the catalog; bad input is refused', async () => {
    const input = { storeId: store.globalId, name: 'x', category: 'repair', durationMinutes: 30, priceMinor: 100 };
    for (const client of [
      await t.staff(store, 'clerk'),
      await t.staff(store, 'technician'),
      await t.staff(otherStore, 'storeAdmin'),
      await t.customer(),
    ]) {
      expect((await client.query(CREATE_SERVICE, { input })).createService.__typename).toBe('NotAllowed');
    }
    const admin = await t.staff(store, 'storeAdmin');
    const bad = await admin.query(CREATE_SERVICE.replace('... on Error', '... on InvalidInput { field } ... on Error'), {
      input: { ...input, durationMinutes: 0 },
    });
    expect(bad.createService).toMatchObject({ __typename: 'InvalidInput', field: expect.stringMatching(/durationMinutes/) });
  });
});

describe('materials', () => {
  it('consuming stock emits material.lowStock once, when crossing the threshold, to admins and clerks', async () => {
    const admin = await t.staff(store, 'storeAdmin');
    const clerk = await t.staff(store, 'clerk');
    const technician = await t.staff(store, 'technician');
    const other = await t.staff(otherStore, 'storeAdmin');
    const material = (
      await admin.query(CREATE_MATERIAL, {
        input: { storeId: store.globalId, name: '麂皮清洁剂', unit: 'ml', stock: 500, lowStockThreshold: 100 },
      })
    ).createMaterial;
    const materialId = localId(material.id);
    const SUB = `subscription($storeId: ID!) { catalogEvents(storeId: $storeId) { type material { stock low } } }`;
    const clerkSub = clerk.subscribe(SUB, { storeId: store.globalId });
    const techSub = technician.subscribe(`subscription($storeId: ID!) { catalogEvents(storeId: $storeId) { type } }`, {
      storeId: store.globalId,
    });
    await clerkSub.ready();
    await techSub.ready();
    const otherSub = other.subscribe(SUB, { storeId: store.globalId });

    await t.runtime.tx((tx) => consumeMaterial(tx, store.id, materialId, 350)); // 150: above threshold
    await t.runtime.tx((tx) => consumeMaterial(tx, store.id, materialId, 60)); // 90: crosses
    await t.runtime.tx((tx) => consumeMaterial(tx, store.id, materialId, 10)); // 80: already low
    await expect(t.runtime.tx((tx) => consumeMaterial(tx, store.id, materialId, 81))).rejects.toThrow(/Only 80 ml/);
    await expect(t.runtime.tx((tx) => consumeMaterial(tx, otherStore.id, materialId, 1))).rejects.toThrow(/not found/);

    const types = (await clerkSub.take(4)).map((v: any) => v.catalogEvents.type);
    expect(types).toEqual(['material.consumed', 'material.consumed', 'material.lowStock', 'material.consumed']);
    // Technicians get consumption but not the low-stock alert (roles: storeAdmin, clerk).
    const techTypes = (await techSub.take(3)).map((v: any) => v.catalogEvents.type);
    expect(techTypes).toEqual(['material.consumed', 'material.consumed', 'material.consumed']);
    // Staff of another store are refused.
    await expect(otherSub.next()).rejects.toThrow(/not allowed/i);

    const restock = await clerk.query(
      `mutation($input: RestockMaterialInput!) { restockMaterial(input: $input) { __typename ... on Material { stock low } } }`,
      { input: { materialId: material.id, quantity: 500 } },
    );
    expect(restock.restockMaterial).toEqual({ __typename: 'Material', stock: 580, low: false });
    const denied = await technician.query(
      `mutation($input: RestockMaterialInput!) { restockMaterial(input: $input) { __typename } }`,
      { input: { materialId: material.id, quantity: 5 } },
    );
    expect(denied.restockMaterial.__typename).toBe('NotAllowed');
    expect((await other.query(`query($id: ID!) { node(id: $id) { id } }`, { id: material.id })).node).toBeNull();
    await Promise.all([clerkSub.close(), techSub.close(), otherSub.close()]);
  });

  it('concurrent consumption never loses an update', async () => {
    const admin = await t.staff(store, 'storeAdmin');
    const material = (
      await admin.query(CREATE_MATERIAL, {
        input: { storeId: store.globalId, name: '鞋底胶', unit: 'g', stock: 100, lowStockThreshold: 10 },
      })
    ).createMaterial;
    const id = localId(material.id);
    await Promise.all(Array.from({ length: 20 }, () => t.runtime.tx((tx) => consumeMaterial(tx, store.id, id, 3))));
    expect(
      (await admin.query(`query($id: ID!) { node(id: $id) { ... on Material { stock } } }`, { id: material.id })).node.stock,
    ).toBe(40);
  });
});

describe('technician skills', () => {
  it('a store admin sets the skills of a technician of the store', async () => {
    const admin = await t.staff(store, 'storeAdmin');
    const tech = await t.staff(store, 'technician', '王师傅');
    const clerk = await t.staff(store, 'clerk');
    const SET = `mutation($input: SetTechnicianSkillsInput!) { setTechnicianSkills(input: $input) { __typename ... on Technician { displayName skills } ... on Error { message } } }`;
    const techId = globalId('Account', tech.accountId);
    const ok = await admin.query(SET, { input: { storeId: store.globalId, accountId: techId, skills: ['cleaning', 'repair'] } });
    expect(ok.setTechnicianSkills).toEqual({ __typename: 'Technician', displayName: '王师傅', skills: ['cleaning', 'repair'] });
    expect(
      (await clerk.query(SET, { input: { storeId: store.globalId, accountId: techId, skills: [] } })).setTechnicianSkills
        .__typename,
    ).toBe('NotAllowed');
    expect(
      (
        await admin.query(SET, {
          input: { storeId: store.globalId, accountId: globalId('Account', clerk.accountId), skills: ['x'] },
        })
      ).setTechnicianSkills.__typename,
    ).toBe('InvalidInput');
    // A raw uuid, or the id of something else, is not an account id.
    for (const accountId of [tech.accountId, store.globalId]) {
      expect(
        (await admin.query(SET, { input: { storeId: store.globalId, accountId, skills: ['x'] } })).setTechnicianSkills,
      ).toMatchObject({ __typename: 'InvalidInput' });
    }
    const list = await clerk.query(
      `query($id: ID!) { node(id: $id) { ... on Store { technicians { accountId displayName skills } } } }`,
      {
        id: store.globalId,
      },
    );
    expect(list.node.technicians).toContainEqual({ accountId: techId, displayName: '王师傅', skills: ['cleaning', 'repair'] });
  });
});
