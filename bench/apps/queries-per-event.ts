/**
 * Queries per event per open screen, in the real apps: Debian's Chromium opens the built console
 * and portal from a real server (demo data), and every GraphQL request each page sends after one
 * event is counted, with the bytes it got back, from the event until 2 s after every screen shows it.
 *
 * 1. A status change: `--boards` consoles on 静安店's board as clerk.jingan, one on the order's own
 *    page, and the order's customer in the portal on their order list and on the order's page. A
 *    clerk opens an order for that customer; once every screen shows it, it moves one stage
 *    (`moveOrder`, over the API).
 * 2. A chat message, each way: `--inboxes` consoles on the inbox as clerk.jingan, one with the
 *    customer's conversation open, and the customer in the portal on the conversation list, in the
 *    chat and on the order list (whose tab bar shows the unread badge). The customer sends a text
 *    (over the API, as from another phone), then the store admin answers it.
 *
 * Run (the apps built first: `pnpm build`): pnpm exec node bench/apps/queries-per-event.ts [--boards=3] [--inboxes=3]
 * It runs as well on an older checkout, so a change's before and after are measured the same way.
 */

import { globalId } from '@lacewire/testing';
import type { Page } from 'playwright-core';
import { portalAvailable, startStaff } from '../../test/browser/staff-harness.ts';
import { table } from '../lib/stats.ts';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const boards = Number(args.get('boards') ?? 3);
const inboxes = Number(args.get('inboxes') ?? 3);
const SETTLE_MS = 2000;

interface Counted {
  name: string;
  page: Page;
  /** Whether this screen shows the event's outcome yet (null: nothing on it changes; it only settles). */
  shows: (() => Promise<boolean>) | null;
  requests: { operation: string; kind: string; bytes: number }[];
}

function count(name: string, page: Page): Counted {
  const counted: Counted = { name, page, shows: null, requests: [] };
  page.on('requestfinished', async (request) => {
    if (request.method() !== 'POST' || !request.url().endsWith('/graphql')) return;
    const body = request.postDataJSON() as { operationName?: string; query?: string } | null;
    const [, kind = 'query', named] = /^\s*(query|mutation)\s*(\w+)?/.exec(body?.query ?? '') ?? [];
    const operation = body?.operationName ?? named ?? '?';
    const response = await request.response();
    counted.requests.push({ operation, kind, bytes: response ? (await response.body()).length : 0 });
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

/** Runs one event and prints what each screen asked the server for because of it. */
async function measure(title: string, screens: Counted[], act: () => Promise<void>) {
  // Let the screens finish what opening them (or the previous event) started.
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  for (const s of screens) s.requests.length = 0;
  await act();
  await Promise.all(screens.map((s) => (s.shows ? until(s.shows, `${s.name} to follow`) : null)));
  await new Promise((r) => setTimeout(r, SETTLE_MS));

  const queries = (s: Counted) => s.requests.filter((r) => r.kind === 'query');
  const rows = screens.map((s) => [
    s.name,
    String(queries(s).length),
    queries(s)
      .map((r) => r.operation)
      .join(', ') || '—',
    String(queries(s).reduce((n, r) => n + r.bytes, 0)),
    s.requests
      .filter((r) => r.kind !== 'query')
      .map((r) => r.operation)
      .join(', ') || '—',
  ]);
  const total = screens.reduce((n, s) => n + queries(s).length, 0);
  console.log(`\n${title}, ${screens.length} screens open:`);
  console.log(table(['screen', 'queries', 'operations', 'bytes received', 'mutations (the screen’s own)'], rows));
  console.log(`\n${total} queries in all, ${(total / screens.length).toFixed(2)} per screen.`);
}

if (!portalAvailable()) throw new Error('the portal could not be built');
const h = await startStaff();
try {
  const clerk = await h.t.signIn('clerk.jingan', 'lacewire-demo');
  const admin = await h.t.signIn('admin.jingan', 'lacewire-demo');
  // clerk.jingan works in one store: the board and inbox the consoles open.
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
        customerId: globalId('Customer', customer.accountId),
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

  const to = opened.allowedMoves.find((m: string) => !['cancelled', 'onHold'].includes(m));
  const changes = (page: Page, read: () => Promise<string | null>) => async () =>
    (await read()) !== null && (await read()) !== before.get(page);
  const before = new Map<Page, string | null>();
  const statusScreens: [Counted, () => Promise<string | null>][] = [
    ...boardPages.map((page, i): [Counted, () => Promise<string | null>] => [
      count(`console ${i + 1}: board`, page),
      () => card(page).getAttribute('data-status'),
    ]),
    [count('console: the order’s page', orderPage), () => orderPage.locator('[data-test=order-status]').innerText()],
    [count('portal: order list', phone.page), () => phone.page.locator('[data-test=order]').first().innerText()],
    [count('portal: the order’s page', portalOrder), () => portalOrder.locator('[data-test=order-status]').innerText()],
  ];
  for (const [screen, read] of statusScreens) {
    before.set(screen.page, await read());
    screen.shows = changes(screen.page, read);
  }
  await measure(
    `One status change (${opened.status} → ${to})`,
    statusScreens.map(([s]) => s),
    async () => {
      const moved = (
        await clerk.query(`mutation($input: MoveOrderInput!) { moveOrder(input: $input) { ${RESULT} } }`, {
          input: { orderId: opened.id, to },
        })
      ).moveOrder;
      if (moved.__typename !== 'WorkOrder') throw new Error(`moveOrder: ${JSON.stringify(moved)}`);
    },
  );
  for (const page of [...boardPages, orderPage, portalOrder]) page.removeAllListeners('requestfinished');
  phone.page.removeAllListeners('requestfinished');

  // ---- chat: the customer's conversation with the store (its notices are in it already)
  const conversation = (
    await customer.api.query(
      `mutation($input: OpenConversationInput!) { openConversation(input: $input) { __typename ... on Conversation { id } ... on Error { message } } }`,
      { input: { storeId } },
    )
  ).openConversation;
  if (conversation.__typename !== 'Conversation') throw new Error(`openConversation: ${JSON.stringify(conversation)}`);
  await admin.query(`mutation($input: ConversationInput!) { joinConversation(input: $input) { __typename } }`, {
    input: { conversationId: conversation.id },
  });
  let sent = 0;
  const send = async (api: typeof clerk, body: string) => {
    const result = (
      await api.query(
        `mutation($input: SendMessageInput!) { sendMessage(input: $input) { __typename ... on Error { message } } }`,
        { input: { conversationId: conversation.id, clientMessageId: `bench-${Date.now()}-${++sent}`, kind: 'text', body } },
      )
    ).sendMessage;
    if (result.__typename !== 'SentMessage') throw new Error(`sendMessage: ${JSON.stringify(result)}`);
  };

  const inboxPages: Page[] = [];
  for (let i = 0; i < inboxes; i++) inboxPages.push(i < boardPages.length ? boardPages[i] : await desk.context.newPage());
  for (const page of inboxPages) {
    await page.goto(`${h.origin}/staff/inbox`);
    await page.waitForSelector('.lw-inbox .conv');
  }
  await orderPage.goto(`${h.origin}/staff/inbox/${encodeURIComponent(conversation.id)}`);
  await orderPage.waitForSelector('.lw-inbox .thread');
  await portalOrder.goto(`${h.origin}/messages`);
  await portalOrder.waitForSelector('[data-test=conversation]');
  const chat = await phone.context.newPage();
  await chat.goto(`${h.origin}/chat/${encodeURIComponent(conversation.id)}`);
  await chat.waitForSelector('[data-test=messages]');

  const preview = (page: Page) => page.locator('.lw-inbox .conv .preview').first().innerText();
  const badge = phone.page.locator('[data-test=tab-messages] .van-badge');
  const unread = async () => ((await badge.count()) > 0 ? (await badge.innerText()).trim() : '');
  const chatScreens = (text: string, badgeBefore: string | null): Counted[] => [
    ...inboxPages.map((page, i) => ({
      ...count(`console ${i + 1}: inbox`, page),
      shows: async () => (await preview(page)) === text,
    })),
    {
      ...count('console: the conversation open', orderPage),
      shows: () => orderPage.locator(`[data-message="${text}"]`).isVisible(),
    },
    {
      ...count('portal: conversation list', portalOrder),
      shows: async () => (await portalOrder.locator('[data-test=conversation]').first().innerText()).includes(text),
    },
    // The answer comes while the customer is not in the chat: it is unread on the tab bar.
    ...(badgeBefore !== null
      ? []
      : [
          {
            ...count('portal: the chat', chat),
            shows: () => chat.locator(`[data-test=message]:has-text("${text}")`).isVisible(),
          },
        ]),
    {
      ...count('portal: order list (unread badge)', phone.page),
      shows: badgeBefore === null ? null : async () => (await unread()) !== badgeBefore,
    },
  ];
  const detach = () => {
    for (const page of [...inboxPages, orderPage, portalOrder, chat, phone.page]) page.removeAllListeners('requestfinished');
  };

  const question = '请问明天能取吗？';
  await measure('A message from the customer (another phone)', chatScreens(question, null), () => send(customer.api, question));
  detach();
  // The chat is open on the customer's phone: close it, so that the answer is unread there.
  await chat.goto(`${h.origin}/me`);
  await chat.waitForSelector('.van-tabbar');
  const answer = '可以，明天下午三点后来取。';
  // The badge counts one more unread message than before.
  await measure('The store admin’s answer (the customer’s chat closed)', chatScreens(answer, await unread()), () =>
    send(admin, answer),
  );
} finally {
  await h.close();
}
