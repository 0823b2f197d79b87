/**
 * Queries per status change per open console, in the real apps: Debian's Chromium opens the built
 * console and portal from a real server (demo data) — `--boards` consoles on 静安店's board as
 * clerk.jingan, one on the order's own page, and the order's customer in the portal on their order
 * list and on the order's page. A clerk opens an order for that customer; once every screen shows
 * it, the order moves one stage (`moveOrder`, over the API), and every GraphQL request each page
 * sends from then until 2 s after it shows the new status is counted, with the bytes it got back.
 *
 * Run (the apps built first: `pnpm build`): pnpm exec node bench/apps/queries-per-event.ts [--boards=3]
 * It runs as well on an older checkout, so a change's before and after are measured the same way.
 */
import type { Page } from 'playwright-core';
import { portalAvailable, startStaff } from '../../test/browser/staff-harness.ts';
import { table } from '../lib/stats.ts';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const boards = Number(args.get('boards') ?? 3);
const SETTLE_MS = 2000;

interface Counted {
  name: string;
  page: Page;
  /** What shows the order's status on this screen. */
  status: () => Promise<string | null>;
  requests: { operation: string; bytes: number }[];
}

function count(name: string, page: Page, status: Counted['status']): Counted {
  const counted: Counted = { name, page, status, requests: [] };
  page.on('requestfinished', async (request) => {
    if (request.method() !== 'POST' || !request.url().endsWith('/graphql')) return;
    const body = request.postDataJSON() as { operationName?: string; query?: string } | null;
    const operation = body?.operationName ?? /(?:query|mutation)\s+(\w+)/.exec(body?.query ?? '')?.[1] ?? '?';
    const response = await request.response();
    counted.requests.push({ operation, bytes: response ? (await response.body()).length : 0 });
  });
  return counted;
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

if (!portalAvailable()) throw new Error('the portal could not be built');
const h = await startStaff();
try {
  const clerk = await h.t.signIn('clerk.jingan', 'lacewire-demo');
  // clerk.jingan works in one store: the board the consoles open.
  const storeId = (await clerk.query(`{ viewer { memberships { store { id } } } }`)).viewer.memberships[0].store.id;

  // The customer in the portal, on their (empty) order list.
  const phone = await h.phone();
  const customer = await h.portalSignIn(phone.page);
  await phone.page.goto(`${h.origin}/orders`);
  await phone.page.waitForSelector('.van-tabbar');

  // Consoles on the board (one session, a page each: each its own app, socket and cache).
  const desk = await h.desk();
  await h.signIn(desk.page, 'clerk.jingan');
  const boardPages = [desk.page];
  for (let i = 1; i < boards; i++) boardPages.push(await desk.context.newPage());
  for (const page of boardPages) {
    await page.goto(`${h.origin}/staff/board`);
    await page.waitForSelector('[data-test=technician-filter]');
  }

  const RESULT = `__typename ... on WorkOrder { id status tagNumber allowedMoves } ... on Error { message }`;
  const opened = (
    await clerk.query(`mutation($input: OpenWorkOrderInput!) { openWorkOrder(input: $input) { ${RESULT} } }`, {
      input: {
        storeId,
        customerId: customer.accountId,
        shoe: { brand: 'Nike', model: 'Air Force 1', colour: '白' },
        services: [{ code: 'deep-clean', name: '深度清洁', category: 'cleaning', priceMinor: 12800 }],
      },
    })
  ).openWorkOrder;
  if (opened.__typename !== 'WorkOrder') throw new Error(`openWorkOrder: ${JSON.stringify(opened)}`);
  const card = (page: Page) => page.locator(`[data-tag="${opened.tagNumber}"]`);
  for (const page of boardPages) await until(() => card(page).isVisible(), 'the new card on every board');

  const orderPage = await desk.context.newPage();
  await orderPage.goto(`${h.origin}/staff/orders/${encodeURIComponent(opened.id)}`);
  await orderPage.waitForSelector('[data-test=order-status]');
  await until(() => phone.page.locator('[data-test=order]').isVisible(), 'the new order in the portal list');
  const portalOrder = await phone.context.newPage();
  await portalOrder.goto(`${h.origin}/orders/${encodeURIComponent(opened.id)}`);
  await portalOrder.waitForSelector('[data-test=order-status]');

  const screens: Counted[] = [
    ...boardPages.map((page, i) => count(`console ${i + 1}: board`, page, () => card(page).getAttribute('data-status'))),
    count('console: the order’s page', orderPage, () => orderPage.locator('[data-test=order-status]').innerText()),
    count('portal: order list', phone.page, () => phone.page.locator('[data-test=order]').first().innerText()),
    count('portal: the order’s page', portalOrder, () => portalOrder.locator('[data-test=order-status]').innerText()),
  ];
  // Let the screens finish what opening them started.
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const before = await Promise.all(screens.map((s) => s.status()));
  for (const s of screens) s.requests.length = 0;

  const to = opened.allowedMoves.find((m: string) => !['cancelled', 'onHold'].includes(m));
  const moved = (
    await clerk.query(`mutation($input: MoveOrderInput!) { moveOrder(input: $input) { ${RESULT} } }`, {
      input: { orderId: opened.id, to },
    })
  ).moveOrder;
  if (moved.__typename !== 'WorkOrder') throw new Error(`moveOrder: ${JSON.stringify(moved)}`);
  await Promise.all(screens.map((s, i) => until(async () => (await s.status()) !== before[i], `${s.name} to follow`)));
  await new Promise((r) => setTimeout(r, SETTLE_MS));

  const rows = screens.map((s) => [
    s.name,
    String(s.requests.length),
    s.requests.map((r) => r.operation).join(', ') || '—',
    String(s.requests.reduce((n, r) => n + r.bytes, 0)),
  ]);
  const total = screens.reduce((n, s) => n + s.requests.length, 0);
  console.log(`\nOne status change (${opened.status} → ${to}), ${screens.length} screens open:`);
  console.log(table(['screen', 'queries', 'operations', 'bytes received'], rows));
  console.log(`\n${total} queries in all, ${(total / screens.length).toFixed(2)} per screen.`);
} finally {
  await h.close();
}
