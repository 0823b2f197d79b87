import type { TestClient } from '@lacewire/testing';
import { globalId, localId } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SKIP_BROWSER } from './chromium.ts';
import { requireSchema } from './portal-harness.ts';
import { DEMO_PASSWORD, input, portalAvailable, type StaffHarness, startStaff } from './staff-harness.ts';
import { poll } from './waits.ts';

const JINGAN = globalId('Store', '00000000-0000-4000-8000-000000000001');
const XUHUI = globalId('Store', '00000000-0000-4000-8000-000000000002');

const REGISTER = `mutation($input: RegisterCustomerInput!) { registerCustomer(input: $input) { __typename ... on Customer { id } ... on Error { message } } }`;
const OPEN = `mutation($input: OpenWorkOrderInput!) { openWorkOrder(input: $input) { __typename ... on WorkOrder { id tagNumber } ... on Error { message } } }`;
const MATERIALS = `query($id: ID!) { node(id: $id) { ... on Store { materials { name stock low } } } }`;

/**
 * The shop floor in the browsers (issue 18): a check-in continued into intake leaves exactly one
 * order on the board; a technician claims from the pool while a colleague a step behind is told
 * who was first; catalog materials used in a step lower the stock and low stock shows on the
 * board; a store with online booking off is shown in the portal as not bookable.
 */
describe.skipIf(SKIP_BROWSER)('shop floor in the browser', () => {
  let h: StaffHarness;
  let clerkApi: TestClient;
  let portal = false;
  let services: { id: string; name: string; category: string }[];
  let technicians: Record<string, string>;
  beforeAll(async () => {
    portal = portalAvailable();
    h = await startStaff();
    requireSchema('completeIntake', 'claimWorkOrder', 'unassignedOrders', 'enabledFeatures', 'lowStockMaterials');
    clerkApi = await h.t.signIn('clerk.jingan', DEMO_PASSWORD);
    const store = await clerkApi.query(
      `query($id: ID!) { node(id: $id) { ... on Store { services { id name category } staff { accountId username role } } } }`,
      { id: JINGAN },
    );
    services = store.node.services;
    technicians = Object.fromEntries(store.node.staff.map((s: any) => [s.username, s.accountId]));
  }, 240_000);
  afterAll(() => h?.close());

  async function customer(name: string, phone: string) {
    const r = await clerkApi.query(REGISTER, { input: { storeId: JINGAN, phone, name } });
    return r.registerCustomer.id as string;
  }

  async function orderFor(customerId: string, technicianId?: string) {
    const cleaning = services.find((s) => s.category === 'cleaning') ?? services[0];
    const r = await clerkApi.query(OPEN, {
      input: {
        storeId: JINGAN,
        customerId,
        shoe: { brand: 'Adidas', model: 'Samba' },
        services: [{ serviceId: cleaning.id }],
        technicianId,
      },
    });
    if (r.openWorkOrder.__typename !== 'WorkOrder') throw new Error(JSON.stringify(r.openWorkOrder));
    return r.openWorkOrder as { id: string; tagNumber: string };
  }

  it('continues a check-in into intake: the order the check-in opened is completed, the board shows exactly one', async () => {
    const customerId = await customer('吴女士', '13900002222');
    const service = services[0];
    // The first day after today (store time, UTC+8) with a free slot, as the calendar's next-day button reaches it.
    const day = 86_400_000;
    const shanghai = 8 * 3_600_000;
    const today = Math.floor((Date.now() + shanghai) / day) * day - shanghai;
    let daysAhead = 0;
    let slot: { startsAt: string; technicianIds: string[] } | undefined;
    while (!slot && daysAhead < 7) {
      daysAhead++;
      const r = await clerkApi.query(
        `query($s: ID!, $ids: [ID!]!, $from: DateTime!, $to: DateTime!) { availableSlots(storeId: $s, serviceIds: $ids, from: $from, to: $to) { ... on QueryAvailableSlotsSuccess { data { startsAt technicianIds } } } }`,
        {
          s: JINGAN,
          ids: [service.id],
          from: new Date(today + daysAhead * day).toISOString(),
          to: new Date(today + (daysAhead + 1) * day).toISOString(),
        },
      );
      slot = r.availableSlots.data?.[0];
    }
    if (!slot) throw new Error('no day with free slots this week');
    const booked = await clerkApi.query(
      `mutation($input: BookAppointmentForCustomerInput!) { bookAppointmentForCustomer(input: $input) { __typename ... on Error { message } } }`,
      {
        input: {
          storeId: JINGAN,
          customerId,
          serviceIds: [service.id],
          startsAt: slot.startsAt,
          technicianId: slot.technicianIds[0],
        },
      },
    );
    expect(booked.bookAppointmentForCustomer.__typename).toBe('Appointment');

    const { page } = await h.desk();
    await h.signIn(page, 'clerk.jingan');
    await page.locator('[data-nav=appointments]').click();
    await page.waitForURL(/\/staff\/appointments/);
    for (let i = 0; i < daysAhead; i++) await page.getByRole('button', { name: '后一天' }).click();
    await page.locator('[data-appointment="吴女士"]').click();
    await page.locator('[data-test=check-in]').click();
    await poll(() => page.locator('[data-test=appointment-status]').innerText()).toBe('已到店');

    // The drawer continues into intake; the order the check-in opened is there to complete.
    await page.locator('[data-test=go-intake]').click();
    await page.waitForURL(/\/staff\/intake\?customer=/);
    const awaiting = page.locator('[data-test=awaiting-intake] [data-awaiting]');
    await awaiting.first().waitFor();
    expect(await awaiting.count()).toBe(1);
    const tag = (await awaiting.first().getAttribute('data-awaiting')) as string;
    await poll(() => page.locator('[data-test=picked-customer]').innerText()).toContain('吴女士');
    await input(page, 'shoe-brand').fill('Nike');
    await input(page, 'shoe-model').fill('Dunk Low');
    await input(page, 'condition').fill('鞋面有褶皱');
    // The booked service comes ticked from the appointment.
    await poll(() => page.locator(`[data-service="${service.name}"] .el-checkbox.is-checked`).count()).toBe(1);
    await h.shot(page, 'floor-01-intake-from-check-in', true);
    await page.locator('[data-test=open-order]').click();
    await page.waitForURL(/\/staff\/orders\//);
    expect((await page.locator('[data-test=order-tag]').innerText()).trim()).toBe(tag);
    await page.keyboard.press('Escape');

    // Later the same day: the clerk corrects the notes and puts the pair back in the pool; the
    // timeline says who did it.
    await page.locator('[data-test=edit-order]').click();
    await input(page, 'edit-notes').fill('鞋面有褶皱，鞋带缺一根');
    await page.locator('[data-test=edit-technician]').click();
    await page.locator('.el-select-dropdown__item:visible', { hasText: '放回待认领' }).click();
    await h.shot(page, 'floor-01b-edit-order');
    await page.locator('[data-test=edit-save]').click();
    await poll(() => page.locator('.el-timeline').innerText()).toContain('鞋况备注：鞋面有褶皱，鞋带缺一根 · 李前台');
    expect(await page.locator('.el-timeline').innerText()).toContain('技师：未分配（回到待认领） · 李前台');

    await page.locator('[data-nav=board]').click();
    await page.waitForURL(/\/staff\/board/);
    const cards = page.locator('.lw-order-card', { hasText: '吴女士' });
    await poll(() => cards.count()).toBe(1);
    expect(await cards.first().getAttribute('data-tag')).toBe(tag);
    expect(await cards.first().locator('[data-test=awaiting-intake]').count()).toBe(0);
    const orders = await clerkApi.query(
      `query($id: ID!) { node(id: $id) { ... on Customer { orders { tagNumber shoe { brand } } } } }`,
      {
        id: customerId,
      },
    );
    expect(orders.node.orders).toEqual([{ tagNumber: tag, shoe: { brand: 'Nike' } }]);
  }, 120_000);

  it('a technician claims from the pool; a colleague a step behind is told who was first', async () => {
    const order = await orderFor(await customer('郑先生', '13900003333'));
    const first = await h.desk();
    await h.signIn(first.page, 'tech.jingan');
    await first.page.locator('[data-nav=pool]').click();
    await first.page.waitForURL(/\/staff\/pool/);
    // The colleague's console gets no live updates (its socket goes nowhere): its pool stays as it was loaded.
    const behind = await h.desk();
    await behind.context.routeWebSocket(/\/graphql/, () => {});
    await h.signIn(behind.page, 'senior.jingan');
    await behind.page.goto(`${h.origin}/staff/pool`);
    for (const page of [first.page, behind.page]) await page.locator(`[data-pool-order="${order.tagNumber}"]`).waitFor();
    await h.shot(first.page, 'floor-02-pool', true);

    await first.page.locator(`[data-pool-order="${order.tagNumber}"] [data-test=claim]`).click();
    await first.page.waitForURL(/\/staff\/orders\//);
    await poll(() => first.page.locator('[data-test=order-tag]').innerText()).toBe(order.tagNumber);

    await behind.page.locator(`[data-pool-order="${order.tagNumber}"] [data-test=claim]`).click();
    await poll(() => behind.page.locator('.el-message').last().innerText()).toContain('王师傅 已先认领了这张工单');
    const held = await clerkApi.query(`query($id: ID!) { node(id: $id) { ... on WorkOrder { technician { accountId } } } }`, {
      id: order.id,
    });
    // The staff list's account is a global id; the order's people (care) give it in either form until care's own conversion.
    const tech = technicians['tech.jingan'];
    expect([tech, localId(tech)]).toContain(held.node.technician.accountId);
    // And it has left the pool for whoever looks now; the front desk sees who holds it.
    await behind.page.reload();
    await behind.page.locator('[data-test=pool-count]').waitFor();
    expect(await behind.page.locator(`[data-pool-order="${order.tagNumber}"]`).count()).toBe(0);
    const desk = await h.desk();
    await h.signIn(desk.page, 'clerk.jingan');
    await desk.page.locator('[data-nav=workload]').click();
    await desk.page.waitForURL(/\/staff\/workload/);
    await desk.page.locator(`[data-holder="王师傅"] [data-tag="${order.tagNumber}"]`).waitFor();
    expect(await desk.page.locator(`[data-holder="待认领"] [data-tag="${order.tagNumber}"]`).count()).toBe(0);
    // The counts zoom in: the picture waits until they are there.
    const count = desk.page.locator('[data-holder="王师傅"] [data-test=held-count]');
    await poll(() => count.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await h.shot(desk.page, 'floor-02b-workload', true);
  }, 120_000);

  it('a step takes catalog materials out of stock; the board shows the low stock live', async () => {
    const order = await orderFor(await customer('钱女士', '13900004444'), technicians['tech.jingan']);
    const techApi = await h.t.signIn('tech.jingan', DEMO_PASSWORD);
    const moved = await techApi.query(
      `mutation($input: MoveOrderInput!) { moveOrder(input: $input) { __typename ... on Error { message } } }`,
      { input: { orderId: order.id, to: 'cleaning' } },
    );
    expect(moved.moveOrder.__typename).toBe('WorkOrder');
    const stock = async () =>
      Object.fromEntries(
        ((await clerkApi.query(MATERIALS, { id: JINGAN })).node.materials as { name: string; stock: number; low: boolean }[]).map(
          (m) => [m.name, m],
        ),
      );
    const before = await stock();
    expect(before['皮革补色剂（黑）']).toMatchObject({ stock: 150, low: false });

    const board = await h.desk();
    await h.signIn(board.page, 'clerk.jingan');
    await board.page.waitForURL(/\/staff\/board/);
    await poll(() => board.page.locator('.lw-connection').getAttribute('data-state')).toBe('connected');
    expect(await board.page.locator('[data-test=low-stock]').count()).toBe(0);

    const { page } = await h.desk();
    await h.signIn(page, 'tech.jingan');
    await page.goto(`${h.origin}/staff/orders/${encodeURIComponent(order.id)}`);
    await page.locator('[data-test=start-step]').click();
    await page.locator('[data-test=start-step-submit]').click();
    await page.locator('[data-test=finish-step]').click();
    const use = async (row: number, material: string, quantity: number) => {
      // The previous row's list has closed (its closing animation would take this click).
      await poll(() => page.locator('.el-select-dropdown__item[data-material]:visible').count()).toBe(0);
      await page.locator('[data-test=add-material]').click();
      await page.locator('[data-test=material-row]').nth(row).locator('[data-test=material-pick]').click();
      await page.locator(`.el-select-dropdown__item[data-material="${material}"]:visible`).click();
      const amount = page.locator('[data-test=material-row]').nth(row).locator('[data-test=material-quantity] input');
      await amount.fill(String(quantity));
      await amount.blur();
    };
    await use(0, '中性清洁剂', 25);
    await use(1, '皮革补色剂（黑）', 60);
    await input(page, 'finish-notes').fill('鞋舌另用了少量旧布擦拭');
    await h.shot(page, 'floor-03-materials', true);
    await page.locator('[data-test=finish-step-submit]').click();
    await poll(() => page.locator('[data-test=finish-step]').count()).toBe(0);

    const after = await stock();
    const cleaner = '中性清洁剂';
    expect(after[cleaner].stock).toBe(before[cleaner].stock - 25);
    expect(after['皮革补色剂（黑）']).toMatchObject({ stock: 90, low: true });
    // The clerk's board shows it without a reload, with the material in the list.
    await board.page.locator('[data-test=low-stock]').waitFor();
    await board.page.locator('[data-test=low-stock]').click();
    await board.page.locator('[data-low="皮革补色剂（黑）"]').waitFor({ state: 'visible' });
    expect(await board.page.locator('[data-low="皮革补色剂（黑）"]').innerText()).toContain('90 ml');
    await h.shot(board.page, 'floor-04-low-stock');
  }, 120_000);

  it('shows a store with online booking off as not bookable in the portal, before the customer starts', async () => {
    if (!portal) throw new Error('the portal is not built: this flow needs it');
    const owner = await h.t.signIn('owner', DEMO_PASSWORD);
    const SWITCH = `mutation($input: SwitchFeatureInput!) { switchFeature(input: $input) { __typename } }`;
    await owner.query(SWITCH, { input: { storeIds: [XUHUI], feature: 'onlineBooking', enabled: false } });
    const phone = await h.phone();
    await h.portalSignIn(phone.page);
    await phone.page.goto(`${h.origin}/book`);
    const off = phone.page.locator('[data-test=store-off]');
    await off.first().waitFor();
    expect(await off.count()).toBe(1);
    expect(await off.innerText()).toContain('徐汇');
    expect(await off.innerText()).toContain('暂未开通线上预约');
    expect(await phone.page.locator('[data-test=store]', { hasText: '静安' }).count()).toBe(1);
    await off.click();
    expect(await phone.page.locator('[data-test=service]').count()).toBe(0);
    await h.shot(phone.page, 'floor-05-portal-booking-off');

    await owner.query(SWITCH, { input: { storeIds: [XUHUI], feature: 'onlineBooking', enabled: true } });
    await phone.page.reload();
    await phone.page.locator('[data-test=store]', { hasText: '徐汇' }).waitFor();
    expect(await phone.page.locator('[data-test=store-off]').count()).toBe(0);
  }, 120_000);
});
