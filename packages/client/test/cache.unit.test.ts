import { gql } from '@urql/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { globalId } from '../src/index.ts';
import { pause, STORE, type Started, start, TECH, watch } from './cache-harness.ts';

/** The normalized cache as both apps get it: events applied, lists kept, one small query at most. */

const BOARD = gql`
  query Board($storeId: ID!) {
    workOrders(storeId: $storeId, active: true) {
      id
      tagNumber
      status
      statusLabel
      technician {
        accountId
        displayName
      }
      changeRequests {
        id
        status
      }
    }
  }
`;
const VIEWER = gql`
  query Workspace {
    viewer {
      isOwner
      account {
        id
      }
      memberships {
        role
        storeId
      }
    }
  }
`;
const ORDER = gql`
  query Order($id: ID!) {
    node(id: $id) {
      __typename
      ... on WorkOrder {
        id
        status
        statusLabel
        allowedMoves
        stages {
          key
          state
        }
        timeline {
          kind
          text
        }
      }
    }
  }
`;

const MY_ORDERS = gql`
  query MyOrders {
    myOrders {
      id
      tagNumber
      status
      stages {
        key
        state
      }
    }
  }
`;

const orderId = (n: number) => globalId('WorkOrder', `o${n}`);
function card(n: number, status: string, technician: { accountId: string; displayName: string } | null = null) {
  return {
    __typename: 'WorkOrder',
    id: orderId(n),
    tagNumber: `000${n}`,
    status,
    statusLabel: `label ${status}`,
    customerName: `customer ${n}`,
    createdAt: '2026-01-01T00:00:00Z',
    promisedAt: null,
    reworkCount: 0,
    totalMinor: 100,
    currency: 'CNY',
    shoe: { __typename: 'OrderShoe', brand: 'Nike', model: 'AF1', colour: 'white' },
    store: { __typename: 'Store', id: STORE },
    technician: technician && { __typename: 'OrderPerson', ...technician },
    changeRequests: [],
    stages: [{ __typename: 'OrderStage', key: 'received', label: 'Received', state: 'current' }],
    intakePhotos: [],
  };
}

let current: Started | null = null;
afterEach(() => {
  current?.lacewire.stream.stop();
  current = null;
});

async function boardOf(role: 'clerk' | 'technician', orders: unknown[]) {
  current = start(role);
  const { server, lacewire } = current;
  server.answer.Board = () => ({ workOrders: orders });
  watch(lacewire, VIEWER, {});
  const board = watch(lacewire, BOARD, { storeId: STORE });
  await vi.waitFor(() => expect(board.latest()?.workOrders).toHaveLength(orders.length));
  // The first connection has no cursor: the screens refetch once (resync). Count from there.
  await new Promise((r) => setTimeout(r, 20));
  server.requests.length = 0;
  return { ...current, board };
}

const tags = (board: { latest(): any }) => board.latest().workOrders.map((o: { tagNumber: string }) => o.tagNumber);

describe('the normalized cache applies events', () => {
  it('a status change moves the card on the board without any query', async () => {
    const { server, transport, board } = await boardOf('clerk', [card(1, 'received'), card(2, 'received')]);
    transport.push('order.statusChanged', {
      orderId: 'o1',
      storeId: 's1',
      customerId: 'c',
      from: 'received',
      to: 'cleaning',
      label: 'Cleaning',
    });
    await vi.waitFor(() => expect(board.latest().workOrders[0]).toMatchObject({ status: 'cleaning', statusLabel: 'Cleaning' }));
    await new Promise((r) => setTimeout(r, 20));
    expect(server.requests).toEqual([]);
  });

  it('a picked-up or cancelled order leaves the active board, without any query', async () => {
    const { server, transport, board } = await boardOf('clerk', [card(1, 'readyForPickup'), card(2, 'received')]);
    transport.push('order.statusChanged', {
      orderId: 'o1',
      storeId: 's1',
      customerId: 'c',
      from: 'readyForPickup',
      to: 'pickedUp',
      label: 'Picked up',
    });
    await vi.waitFor(() => expect(tags(board)).toEqual(['0002']));
    expect(server.requests).toEqual([]);
  });

  it('a new order is fetched alone (one small query) and put first on the board', async () => {
    const { server, transport, board } = await boardOf('clerk', [card(1, 'received')]);
    server.answer.LacewireOrderCard = ({ id }) => ({ node: id === orderId(3) ? card(3, 'received') : null });
    transport.push('order.opened', { orderId: 'o3', storeId: 's1', customerId: 'c', tagNumber: '0003', status: 'received' });
    await vi.waitFor(() => expect(tags(board)).toEqual(['0003', '0001']));
    expect(server.requests).toEqual(['LacewireOrderCard']);

    // Its card brought fields the board does not show (stages): moving it costs nothing still.
    transport.push('order.statusChanged', {
      orderId: 'o3',
      storeId: 's1',
      customerId: 'c',
      from: 'received',
      to: 'cleaning',
      label: 'Cleaning',
    });
    await vi.waitFor(() => expect(board.latest().workOrders[0].status).toBe('cleaning'));
    await new Promise((r) => setTimeout(r, 30));
    expect(server.requests).toEqual(['LacewireOrderCard']);
  });

  it("another store's new order is not fetched", async () => {
    const { server, transport, board } = await boardOf('clerk', [card(1, 'received')]);
    transport.push('order.opened', {
      orderId: 'o9',
      storeId: 'elsewhere',
      customerId: 'c',
      tagNumber: '0009',
      status: 'received',
    });
    await new Promise((r) => setTimeout(r, 30));
    expect(server.requests).toEqual([]);
    expect(tags(board)).toEqual(['0001']);
  });

  it("a technician's board gets an order once it is theirs, and not an unassigned one", async () => {
    const mine = { accountId: TECH, displayName: 'Wang' };
    const { server, transport, board } = await boardOf('technician', [card(1, 'received', mine)]);
    let holder: typeof mine | null = null;
    server.answer.LacewireOrderCard = () => ({ node: card(4, 'received', holder) });
    transport.push('order.opened', { orderId: 'o4', storeId: 's1', customerId: 'c', tagNumber: '0004', status: 'received' });
    await vi.waitFor(() => expect(server.requests).toEqual(['LacewireOrderCard']));
    await new Promise((r) => setTimeout(r, 30));
    expect(tags(board)).toEqual(['0001']);

    holder = mine;
    transport.push('order.updated', { orderId: 'o4', storeId: 's1', customerId: 'c', what: 'technician' });
    await vi.waitFor(() => expect(tags(board)).toEqual(['0004', '0001']));
    expect(server.requests).toEqual(['LacewireOrderCard', 'LacewireOrderCard']);
  });

  it("a change the payload does not carry (a change request) fetches the order's card once, not the board", async () => {
    const { server, transport, board } = await boardOf('clerk', [card(1, 'cleaning')]);
    server.answer.LacewireOrderCard = () => ({
      node: { ...card(1, 'cleaning'), changeRequests: [{ __typename: 'ChangeRequest', id: 'cr1', status: 'pending' }] },
    });
    transport.push('order.changeRequested', {
      orderId: 'o1',
      storeId: 's1',
      customerId: 'c',
      changeRequestId: 'cr1',
      priceMinor: 1,
      description: 'glue',
    });
    transport.push('order.changeRequested', {
      orderId: 'o1',
      storeId: 's1',
      customerId: 'c',
      changeRequestId: 'cr1',
      priceMinor: 1,
      description: 'glue',
    });
    await vi.waitFor(() => expect(board.latest().workOrders[0].changeRequests).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 30));
    expect(server.requests.filter((r) => r === 'LacewireOrderCard').length).toBeLessThanOrEqual(2);
    expect(server.requests).not.toContain('Board');
  });

  it("the order's own screen refetches the order, once, on a status change; the board does not", async () => {
    const { server, transport, lacewire, board } = await boardOf('clerk', [card(1, 'received')]);
    let status = 'received';
    server.answer.Order = () => ({
      node: {
        ...card(1, status),
        allowedMoves: status === 'received' ? ['cleaning'] : ['qualityCheck'],
        timeline: [{ __typename: 'OrderTimelineEntry', kind: 'status', text: status }],
      },
    });
    const page = watch(lacewire, ORDER, { id: orderId(1) });
    await vi.waitFor(() => expect(page.latest()?.node?.allowedMoves).toEqual(['cleaning']));
    await new Promise((r) => setTimeout(r, 20));
    server.requests.length = 0;

    status = 'cleaning';
    transport.push('order.statusChanged', {
      orderId: 'o1',
      storeId: 's1',
      customerId: 'c',
      from: 'received',
      to: 'cleaning',
      label: 'Cleaning',
    });
    await vi.waitFor(() => expect(page.latest()?.node?.allowedMoves).toEqual(['qualityCheck']));
    await new Promise((r) => setTimeout(r, 30));
    expect(server.requests).toEqual(['Order']);
    expect(board.latest().workOrders[0].status).toBe('cleaning');
  });

  it("a customer's new order joins their list, and a status change brings its stages with one small query", async () => {
    current = start('clerk');
    const { server, transport, lacewire } = current;
    server.answer.MyOrders = () => ({ myOrders: [] });
    const mine = watch(lacewire, MY_ORDERS, {});
    await vi.waitFor(() => expect(mine.latest()?.myOrders).toEqual([]));
    transport.sink?.connected();
    await new Promise((r) => setTimeout(r, 20));
    server.requests.length = 0;

    let status = 'received';
    server.answer.LacewireOrderCard = () => ({
      node: { ...card(5, status), stages: [{ __typename: 'OrderStage', key: status, label: status, state: 'current' }] },
    });
    transport.push('order.opened', { orderId: 'o5', storeId: 's1', customerId: 'c', tagNumber: '0005', status: 'received' });
    await vi.waitFor(() => expect(mine.latest().myOrders.map((o: { tagNumber: string }) => o.tagNumber)).toEqual(['0005']));

    status = 'cleaning';
    transport.push('order.statusChanged', {
      orderId: 'o5',
      storeId: 's1',
      customerId: 'c',
      from: 'received',
      to: 'cleaning',
      label: 'Cleaning',
    });
    await vi.waitFor(() => expect(mine.latest().myOrders[0].stages[0].key).toBe('cleaning'));
    expect(server.requests).toEqual(['LacewireOrderCard', 'LacewireOrderCard']);
  });
});

// ---------------------------------------------------------------- conversations and messages

const CUSTOMER = 'cust1';
const ME = 'me1';
const conversationId = (n: number) => globalId('Conversation', `c${n}`);
const INBOX = gql`
  query Inbox($storeId: ID, $waiting: Boolean) {
    conversations(storeId: $storeId, waiting: $waiting, first: 15) {
      edges {
        node {
          id
          kind
          customerId
          customerName
          assigneeId
          assigneeName
          isMember
          unreadCount
          waitingSince
          lastMessageAt
          lastMessage {
            id
            kind
            body
            internal
            recalled
          }
        }
      }
    }
  }
`;
const THREAD = gql`
  query Thread($id: ID!) {
    node(id: $id) {
      __typename
      ... on Conversation {
        id
        customerId
        isMember
        lastSeq
        myReadSeq
        members {
          accountId
          displayName
          role
          readSeq
          deliveredSeq
        }
        messages(limit: 50) {
          hasOlder
          messages {
            id
            seq
            kind
            body
            fromMe
            senderName
            createdAt
            recalled
            clientMessageId
            attachment {
              id
              url
            }
          }
        }
      }
    }
  }
`;
const UNREAD = gql`
  query UnreadMessages {
    unreadMessageCount
  }
`;
const SEND = gql`
  mutation SendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) {
      __typename
      ... on SentMessage {
        sentMessage {
          id
          seq
          kind
          body
          internal
          fromMe
          senderName
          createdAt
          recalled
          clientMessageId
          attachment {
            id
            url
          }
        }
      }
    }
  }
`;

function message(n: number, seq: number, from: string | null, body: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Message',
    id: globalId('Message', `m${n}`),
    seq,
    kind: 'text',
    body,
    internal: false,
    fromMe: from === ME,
    senderName: from === CUSTOMER ? '王先生' : from === ME ? '李前台' : null,
    createdAt: `2026-01-01T00:0${seq}:00.000Z`,
    recalled: false,
    clientMessageId: null,
    attachment: null,
    ...extra,
  };
}

function conversation(n: number, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Conversation',
    id: conversationId(n),
    kind: 'customer',
    customerId: CUSTOMER,
    customerName: '王先生',
    assigneeId: ME,
    assigneeName: '李前台',
    isMember: true,
    unreadCount: 0,
    waitingSince: null,
    lastMessageAt: '2026-01-01T00:01:00.000Z',
    lastSeq: 1,
    myReadSeq: 1,
    lastMessage: message(n * 10 + 1, 1, CUSTOMER, 'hello'),
    members: [
      { accountId: CUSTOMER, displayName: '王先生', role: 'customer', readSeq: 1, deliveredSeq: 1 },
      { accountId: ME, displayName: '李前台', role: 'staff', readSeq: 1, deliveredSeq: 1 },
    ],
    messages: { hasOlder: false, messages: [message(n * 10 + 1, 1, CUSTOMER, 'hello')] },
    ...extra,
  };
}

/** A message event as messaging emits it. */
function sent(conversation: number, n: number, seq: number, from: string | null, body: string, extra = {}) {
  return {
    storeId: 's1',
    conversationKind: 'customer',
    message: {
      id: `m${n}`,
      conversationId: `c${conversation}`,
      seq,
      senderId: from,
      clientMessageId: null,
      kind: 'text',
      body,
      attachmentId: null,
      durationSeconds: null,
      linkKind: null,
      linkId: null,
      meta: null,
      internal: false,
      recalledAt: null,
      createdAt: `2026-01-01T00:0${seq}:00.000Z`,
      ...extra,
    },
  };
}

const names = (inbox: { latest(): any }) => inbox.latest().conversations.edges.map((e: any) => e.node.id);

async function inboxOf(conversations: unknown[], options: { thread?: number; viewer?: 'customer' | 'staff' } = {}) {
  current = start('clerk', { account: globalId('Account', ME), viewer: options.viewer });
  const started = current;
  started.server.answer.Inbox = () => ({ conversations: { edges: conversations.map((node) => ({ node })) } });
  started.server.answer.Thread = ({ id }) => ({ node: conversations.find((c: any) => c.id === id) ?? null });
  const inbox = watch(started.lacewire, INBOX, { storeId: STORE });
  const thread = options.thread ? watch(started.lacewire, THREAD, { id: conversationId(options.thread) }) : null;
  await vi.waitFor(() => expect(inbox.latest()?.conversations.edges).toHaveLength(conversations.length));
  if (thread) await vi.waitFor(() => expect(thread.latest()?.node?.messages).toBeTruthy());
  started.transport.sink?.connected();
  await pause();
  started.server.requests.length = 0;
  return { ...started, inbox, thread };
}

describe('conversations and messages apply their events', () => {
  it("a customer's message moves the conversation to the top of the inbox, with its preview, unread count and waiting clock: no query", async () => {
    const { server, transport, inbox } = await inboxOf([conversation(1), conversation(2)]);
    transport.push('message.sent', sent(2, 21, 2, CUSTOMER, '请问明天能取吗？'));
    await vi.waitFor(() => expect(names(inbox)).toEqual([conversationId(2), conversationId(1)]));
    expect(inbox.latest().conversations.edges[0].node).toMatchObject({
      unreadCount: 1,
      waitingSince: '2026-01-01T00:02:00.000Z',
      lastMessageAt: '2026-01-01T00:02:00.000Z',
      lastMessage: { body: '请问明天能取吗？', recalled: false },
    });
    await pause();
    expect(server.requests).toEqual([]);
  });

  it('the answer stops the waiting clock and the filtered list of waiting conversations lets it go: no query', async () => {
    const waiting = conversation(1, { waitingSince: '2026-01-01T00:01:00.000Z', unreadCount: 1 });
    current = start('clerk', { account: globalId('Account', ME) });
    const { server, transport, lacewire } = current;
    server.answer.Inbox = ({ waiting: only }) => ({
      conversations: { edges: [waiting, conversation(2)].filter((c) => !only || c.waitingSince).map((node) => ({ node })) },
    });
    const all = watch(lacewire, INBOX, { storeId: STORE });
    const onlyWaiting = watch(lacewire, INBOX, { storeId: STORE, waiting: true });
    await vi.waitFor(() => expect(onlyWaiting.latest()?.conversations.edges).toHaveLength(1));
    await vi.waitFor(() => expect(all.latest()?.conversations.edges).toHaveLength(2));
    server.requests.length = 0;

    transport.push('message.sent', sent(1, 12, 2, ME, '可以'));
    await vi.waitFor(() => expect(onlyWaiting.latest().conversations.edges).toEqual([]));
    expect(all.latest().conversations.edges[0].node).toMatchObject({ waitingSince: null, unreadCount: 0 });
    await pause();
    expect(server.requests).toEqual([]);
  });

  it('the open thread gets the message at the end, with its sender, and the inbox its preview: no query', async () => {
    const { server, transport, thread, inbox } = await inboxOf([conversation(1)], { thread: 1 });
    transport.push('message.sent', sent(1, 12, 2, CUSTOMER, '还在吗'));
    await vi.waitFor(() => expect(thread?.latest().node.messages.messages).toHaveLength(2));
    expect(thread?.latest().node.messages.messages[1]).toMatchObject({
      body: '还在吗',
      senderName: '王先生',
      fromMe: false,
      attachment: null,
    });
    expect(thread?.latest().node.lastSeq).toBe(2);
    expect(inbox.latest().conversations.edges[0].node.lastMessage.body).toBe('还在吗');
    await pause();
    expect(server.requests).toEqual([]);
  });

  it('a photo (its address is signed by the server) is fetched alone, once, then shown in the thread', async () => {
    const { server, transport, thread } = await inboxOf([conversation(1)], { thread: 1 });
    server.answer.LacewireMessage = ({ id }) => ({
      node: {
        ...message(12, 2, CUSTOMER, ''),
        id,
        kind: 'image',
        body: null,
        conversationId: conversationId(1),
        senderId: CUSTOMER,
        attachmentId: 'f1',
        attachment: {
          id: globalId('Attachment', 'f1'),
          kind: 'image',
          url: '/files/f1?sig',
          thumbnailUrl: null,
          fileName: 'a.jpg',
          byteSize: 1,
          contentType: 'image/jpeg',
        },
        durationSeconds: null,
        link: null,
        recalledAt: null,
      },
    });
    transport.push('message.sent', sent(1, 12, 2, CUSTOMER, '', { kind: 'image', body: null, attachmentId: 'f1' }));
    await vi.waitFor(() => expect(thread?.latest().node.messages.messages[1]?.attachment?.url).toBe('/files/f1?sig'));
    await pause();
    expect(server.requests).toEqual(['LacewireMessage']);
  });

  it("the customer's read mark moves in the thread (my message shows read): no query", async () => {
    const mine = conversation(1, {
      lastSeq: 2,
      members: [
        { accountId: CUSTOMER, displayName: '王先生', role: 'customer', readSeq: 1, deliveredSeq: 1 },
        { accountId: ME, displayName: '李前台', role: 'staff', readSeq: 2, deliveredSeq: 2 },
      ],
    });
    const { server, transport, thread } = await inboxOf([mine], { thread: 1 });
    transport.push('conversation.receiptUpdated', {
      storeId: 's1',
      conversationId: 'c1',
      accountId: CUSTOMER,
      deliveredSeq: 2,
      readSeq: 2,
    });
    await vi.waitFor(() => expect(thread?.latest().node.members[0]).toMatchObject({ readSeq: 2, deliveredSeq: 2 }));
    expect(thread?.latest().node.members[0].displayName).toBe('王先生');
    await pause();
    expect(server.requests).toEqual([]);
  });

  it('a recalled message loses its text in the thread and the preview, and stops counting as unread: no query', async () => {
    const unread = conversation(1, {
      unreadCount: 1,
      lastSeq: 2,
      lastMessage: message(12, 2, CUSTOMER, 'oops'),
      messages: { hasOlder: false, messages: [message(11, 1, CUSTOMER, 'hello'), message(12, 2, CUSTOMER, 'oops')] },
    });
    const { server, transport, thread, inbox } = await inboxOf([unread], { thread: 1 });
    transport.push('message.recalled', {
      storeId: 's1',
      conversationId: 'c1',
      messageId: 'm12',
      seq: 2,
      internal: false,
      recalledBy: CUSTOMER,
    });
    await vi.waitFor(() => expect(thread?.latest().node.messages.messages[1]).toMatchObject({ recalled: true, body: null }));
    expect(inbox.latest().conversations.edges[0].node).toMatchObject({ unreadCount: 0, lastMessage: { recalled: true } });
    await pause();
    expect(server.requests).toEqual([]);
  });

  it('a new conversation is fetched alone (one small query) and put first', async () => {
    const { server, transport, inbox } = await inboxOf([conversation(1)]);
    server.answer.LacewireConversation = ({ id }) => ({
      node: {
        ...conversation(3),
        id,
        technicianId: null,
        workOrderId: null,
        title: null,
        myDeliveredSeq: 1,
        store: { id: STORE, name: '静安店', timeZone: 'Asia/Shanghai' },
        lastMessage: null,
      },
    });
    transport.push('conversation.created', { storeId: 's1', conversationId: 'c3', kind: 'customer', customerId: 'cust3' });
    await vi.waitFor(() => expect(names(inbox)).toEqual([conversationId(3), conversationId(1)]));
    await pause();
    expect(server.requests).toEqual(['LacewireConversation']);
  });

  it('my own message from the console leaves nothing unread and goes into the thread with the answer to sendMessage, before its event', async () => {
    const { server, transport, thread, lacewire } = await inboxOf([conversation(1, { unreadCount: 1, myReadSeq: 0 })], {
      thread: 1,
    });
    server.answer.SendMessage = () => ({
      sendMessage: { __typename: 'SentMessage', sentMessage: { ...message(12, 2, ME, '好的'), clientMessageId: 'k1' } },
    });
    await lacewire.client
      .mutation(SEND, { input: { conversationId: conversationId(1), clientMessageId: 'k1', kind: 'text', body: '好的' } })
      .toPromise();
    await vi.waitFor(() => expect(thread?.latest().node.messages.messages.map((m: any) => m.body)).toEqual(['hello', '好的']));
    transport.push('message.sent', sent(1, 12, 2, ME, '好的', { clientMessageId: 'k1' }));
    await vi.waitFor(() => expect(thread?.latest().node).toMatchObject({ lastSeq: 2, myReadSeq: 2 }));
    expect(thread?.latest().node.messages.messages).toHaveLength(2);
    await pause();
    expect(server.requests).toEqual(['SendMessage']);
  });

  it('an assignment moves the conversation into my list; the new assignee’s name is its card, fetched alone', async () => {
    const { server, transport, inbox, lacewire } = await inboxOf([conversation(1, { assigneeId: null, assigneeName: null })]);
    const MINE = gql`
      query Mine($storeId: ID) {
        conversations(storeId: $storeId, assignedToMe: true, first: 15) {
          edges {
            node {
              id
              assigneeId
            }
          }
        }
      }
    `;
    server.answer.Mine = () => ({ conversations: { edges: [] } });
    const mine = watch(lacewire, MINE, { storeId: STORE });
    await vi.waitFor(() => expect(mine.latest()?.conversations.edges).toEqual([]));
    server.requests.length = 0;
    server.answer.LacewireConversation = () => ({
      node: {
        ...conversation(1),
        technicianId: null,
        workOrderId: null,
        title: null,
        myDeliveredSeq: 1,
        store: { id: STORE, name: '静安店', timeZone: 'Asia/Shanghai' },
      },
    });
    transport.push('conversation.assigned', {
      storeId: 's1',
      conversationId: 'c1',
      assigneeId: ME,
      previousAssigneeId: null,
      byAccountId: null,
    });
    await vi.waitFor(() => expect(mine.latest().conversations.edges).toHaveLength(1));
    await vi.waitFor(() => expect(inbox.latest().conversations.edges[0].node.assigneeName).toBe('李前台'));
    await pause();
    expect(server.requests).toEqual(['LacewireConversation']);
  });
});

describe('the unread badge (unreadMessageCount) follows the messages', () => {
  async function badge() {
    current = start('customer', { account: globalId('Account', CUSTOMER), viewer: 'customer' });
    const started = current;
    let count = 2;
    started.server.answer.UnreadMessages = () => ({ unreadMessageCount: count });
    const unread = watch(started.lacewire, UNREAD, {});
    await vi.waitFor(() => expect(unread.latest()?.unreadMessageCount).toBe(2));
    started.transport.sink?.connected();
    await pause();
    started.server.requests.length = 0;
    return { ...started, unread, setCount: (n: number) => (count = n) };
  }

  it('a message from the store (the notice of a status change too) counts at once: no query', async () => {
    const { server, transport, unread } = await badge();
    transport.push('message.sent', sent(1, 5, 5, null, '您的鞋已进入清洗', { kind: 'system' }));
    await vi.waitFor(() => expect(unread.latest().unreadMessageCount).toBe(3));
    transport.push('message.sent', sent(1, 6, 6, 'staff9', '明天可取'));
    await vi.waitFor(() => expect(unread.latest().unreadMessageCount).toBe(4));
    await pause();
    expect(server.requests).toEqual([]);
  });

  it("the customer's own message marks their conversation read: the total is asked again when this screen does not hold that conversation's count (one small query)", async () => {
    const { server, transport, unread, setCount } = await badge();
    setCount(0);
    transport.push('message.sent', sent(2, 7, 1, CUSTOMER, '谢谢'));
    await vi.waitFor(() => expect(unread.latest().unreadMessageCount).toBe(0));
    await pause();
    expect(server.requests).toEqual(['UnreadMessages']);
  });

  it('reading a conversation whose unread count this screen does not hold asks for the total again (one small query)', async () => {
    const { server, transport, unread, setCount } = await badge();
    setCount(0);
    transport.push('conversation.receiptUpdated', {
      storeId: 's1',
      conversationId: 'c1',
      accountId: CUSTOMER,
      deliveredSeq: 6,
      readSeq: 6,
    });
    await vi.waitFor(() => expect(unread.latest().unreadMessageCount).toBe(0));
    await pause();
    expect(server.requests).toEqual(['UnreadMessages']);
  });
});

describe('the cache belongs to the account signed in', () => {
  it('another account signing in empties it; the same account signing in again keeps it', async () => {
    current = start('customer', { account: globalId('Account', 'a') });
    const { server, lacewire, auth } = current;
    server.answer.MyOrders = () => ({ myOrders: [card(1, 'received')] });
    await lacewire.client.query(MY_ORDERS, {}).toPromise();
    const fromCache = async () => (await lacewire.client.query(MY_ORDERS, {}, { requestPolicy: 'cache-only' }).toPromise()).data;
    const order = async () =>
      (await lacewire.client.query(ORDER, { id: orderId(1) }, { requestPolicy: 'cache-only' }).toPromise()).data;
    expect((await fromCache())?.myOrders).toHaveLength(1);
    const session = (account: string) => ({
      token: `t-${account}`,
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      accountId: globalId('Account', account),
    });

    auth.signOut();
    auth.signIn(session('a'));
    await pause();
    expect((await fromCache())?.myOrders).toHaveLength(1);

    auth.signOut();
    auth.signIn(session('b'));
    await pause();
    expect(await fromCache()).toBeFalsy();
    expect(await order()).toBeFalsy();
    expect(server.requests).toEqual(['MyOrders']);
  });
});
