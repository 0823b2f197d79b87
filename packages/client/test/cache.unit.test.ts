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
    awaitingIntake: false,
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
    services: [],
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
    customerId: globalId('Customer', CUSTOMER),
    customerName: '王先生',
    assigneeId: globalId('Account', ME),
    assigneeName: '李前台',
    isMember: true,
    unreadCount: 0,
    waitingSince: null,
    lastMessageAt: '2026-01-01T00:01:00.000Z',
    lastSeq: 1,
    myReadSeq: 1,
    lastMessage: message(n * 10 + 1, 1, CUSTOMER, 'hello'),
    members: [
      { accountId: globalId('Account', CUSTOMER), displayName: '王先生', role: 'customer', readSeq: 1, deliveredSeq: 1 },
      { accountId: globalId('Account', ME), displayName: '李前台', role: 'staff', readSeq: 1, deliveredSeq: 1 },
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
        senderId: globalId('Account', CUSTOMER),
        attachmentId: globalId('Attachment', 'f1'),
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
        { accountId: globalId('Account', CUSTOMER), displayName: '王先生', role: 'customer', readSeq: 1, deliveredSeq: 1 },
        { accountId: globalId('Account', ME), displayName: '李前台', role: 'staff', readSeq: 2, deliveredSeq: 2 },
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

// ---------------------------------------------------------------- after-sales, appointments, settings

/** A clerk's console (or the customer's portal) with these queries on screen; requests counted from there. */
async function screens(
  role: 'clerk' | 'customer',
  answers: Record<string, (v: any) => unknown>,
  queries: [any, Record<string, unknown>][],
) {
  current = start(role, { account: globalId('Account', role === 'customer' ? CUSTOMER : ME) });
  const started = current;
  Object.assign(started.server.answer, answers);
  watch(started.lacewire, VIEWER, {});
  const shown = queries.map(([query, variables]) => watch(started.lacewire, query, variables));
  await vi.waitFor(() => expect(shown.every((s) => s.latest())).toBe(true));
  started.transport.sink?.connected();
  await pause();
  started.server.requests.length = 0;
  return { ...started, shown };
}

const complaintId = (n: number) => globalId('Complaint', `k${n}`);
function complaint(n: number, status: string, extra: Record<string, unknown> = {}) {
  const at = `2026-01-0${n}T00:00:00.000Z`;
  return {
    __typename: 'Complaint',
    id: complaintId(n),
    category: 'quality',
    severity: 'medium',
    status,
    description: `complaint ${n}`,
    createdAt: at,
    firstResponseAt: null,
    firstResponseDueAt: at,
    firstResponseBreached: false,
    resolutionDueAt: at,
    resolutionBreached: false,
    resolvedAt: null,
    closedAt: null,
    resolution: null,
    allowedMoves: status === 'open' ? ['inProgress'] : ['resolved'],
    assignedAs: null,
    assignee: null,
    store: { __typename: 'Store', id: STORE, name: '静安店', timeZone: 'Asia/Shanghai' },
    order: null,
    updates: [],
    ...extra,
  };
}
const AFTER_SALES = gql`
  query AfterSales($storeId: ID!) {
    complaints(storeId: $storeId) {
      id
      status
      description
      allowedMoves
      assignee {
        displayName
      }
      updates {
        toStatus
      }
    }
  }
`;
const MY_COMPLAINTS = gql`
  query MyComplaints {
    myComplaints {
      id
      status
      description
    }
  }
`;

describe('complaints, follow-ups and reviews apply their events', () => {
  it('a complaint that moves is fetched alone (one small query), the after-sales list is not', async () => {
    let status = 'open';
    const { server, transport, shown } = await screens(
      'clerk',
      {
        AfterSales: () => ({ complaints: [complaint(2, 'open'), complaint(1, 'open')] }),
        LacewireComplaint: () => ({
          node: complaint(1, status, {
            updates: [{ at: '2026-01-02T00:00:00.000Z', fromStatus: 'open', toStatus: status, note: null, author: null }],
          }),
        }),
      },
      [[AFTER_SALES, { storeId: STORE }]],
    );
    status = 'inProgress';
    transport.push('complaint.statusChanged', {
      storeId: 's1',
      customerId: CUSTOMER,
      complaintId: 'k1',
      from: 'open',
      to: 'inProgress',
      note: null,
    });
    await vi.waitFor(() =>
      expect(shown[0].latest().complaints[1]).toMatchObject({ status: 'inProgress', allowedMoves: ['resolved'] }),
    );
    await pause();
    expect(server.requests).toEqual(['LacewireComplaint']);
  });

  it("a new complaint is fetched alone and put first in the store's list and the customer's", async () => {
    const fresh = complaint(3, 'open');
    const staff = await screens(
      'clerk',
      { AfterSales: () => ({ complaints: [complaint(1, 'open')] }), LacewireComplaint: () => ({ node: fresh }) },
      [[AFTER_SALES, { storeId: STORE }]],
    );
    staff.transport.push('complaint.submitted', {
      storeId: 's1',
      customerId: CUSTOMER,
      complaintId: 'k3',
      assigneeId: null,
      severity: 'medium',
    });
    await vi.waitFor(() =>
      expect(staff.shown[0].latest().complaints.map((c: any) => c.id)).toEqual([complaintId(3), complaintId(1)]),
    );
    expect(staff.server.requests).toEqual(['LacewireComplaint']);
    staff.lacewire.stream.stop();

    const portal = await screens(
      'customer',
      { MyComplaints: () => ({ myComplaints: [] }), LacewireComplaint: () => ({ node: fresh }) },
      [[MY_COMPLAINTS, {}]],
    );
    portal.transport.push('complaint.submitted', {
      storeId: 's1',
      customerId: CUSTOMER,
      complaintId: 'k3',
      assigneeId: null,
      severity: 'medium',
    });
    await vi.waitFor(() => expect(portal.shown[0].latest().myComplaints).toHaveLength(1));
    expect(portal.server.requests).toEqual(['LacewireComplaint']);
  });

  it("the customer's own complaint: the mutation's answer makes no list refetch; its event brings it, alone", async () => {
    const SUBMIT = gql`
      mutation SubmitComplaint($input: SubmitComplaintInput!) {
        submitComplaint(input: $input) {
          __typename
          ... on Complaint {
            id
            status
          }
        }
      }
    `;
    const { server, transport, shown, lacewire } = await screens(
      'customer',
      {
        MyComplaints: () => ({ myComplaints: [complaint(1, 'open')] }),
        SubmitComplaint: () => ({ submitComplaint: { __typename: 'Complaint', id: complaintId(4), status: 'open' } }),
        LacewireComplaint: () => ({ node: complaint(4, 'open') }),
      },
      [[MY_COMPLAINTS, {}]],
    );
    await lacewire.client.mutation(SUBMIT, { input: { category: 'quality', severity: 'low', description: 'x' } }).toPromise();
    await pause();
    expect(server.requests).toEqual(['SubmitComplaint']);
    transport.push('complaint.submitted', {
      storeId: 's1',
      customerId: CUSTOMER,
      complaintId: 'k4',
      assigneeId: null,
      severity: 'low',
    });
    await vi.waitFor(() =>
      expect(shown[0].latest().myComplaints.map((c: any) => c.id)).toEqual([complaintId(4), complaintId(1)]),
    );
    expect(server.requests).toEqual(['SubmitComplaint', 'LacewireComplaint']);
  });

  it('a follow-up falling due changes its status with no query; one done is fetched alone', async () => {
    const TASKS = gql`
      query Tasks($storeId: ID!) {
        followUpTasks(storeId: $storeId) {
          id
          status
          doneAt
        }
      }
    `;
    const task = (status: string, doneAt: string | null = null) => ({
      __typename: 'FollowUpTask',
      id: globalId('FollowUpTask', 'f1'),
      kind: 'call',
      status,
      dueAt: '2026-01-02T00:00:00.000Z',
      doneAt,
      note: null,
      order: null,
    });
    const { server, transport, shown } = await screens(
      'clerk',
      {
        Tasks: () => ({ followUpTasks: [task('scheduled')] }),
        LacewireFollowUp: () => ({ node: task('done', '2026-01-02T00:00:00.000Z') }),
      },
      [[TASKS, { storeId: STORE }]],
    );
    const payload = { storeId: 's1', customerId: CUSTOMER, taskId: 'f1', orderId: 'o1' };
    transport.push('followUp.due', { ...payload, kind: 'call' });
    await vi.waitFor(() => expect(shown[0].latest().followUpTasks[0].status).toBe('due'));
    await pause();
    expect(server.requests).toEqual([]);
    transport.push('followUp.done', payload);
    await vi.waitFor(() =>
      expect(shown[0].latest().followUpTasks[0]).toMatchObject({ status: 'done', doneAt: '2026-01-02T00:00:00.000Z' }),
    );
    expect(server.requests).toEqual(['LacewireFollowUp']);
  });

  it("a review shows on the order's review card and first in the store's reviews, fetched alone", async () => {
    const REVIEWS = gql`
      query Reviews($storeId: ID!) {
        node(id: $storeId) {
          __typename
          ... on Store {
            id
            reviews {
              id
              rating
              reply
            }
          }
        }
      }
    `;
    const ORDER_REVIEW = gql`
      query OrderReview($id: ID!) {
        node(id: $id) {
          __typename
          ... on WorkOrder {
            id
            review {
              id
              rating
              reply
            }
          }
        }
      }
    `;
    const review = { __typename: 'Review', id: globalId('Review', 'r1'), orderId: 'o1', rating: 5, reply: null };
    const { server, transport, shown } = await screens(
      'clerk',
      {
        Reviews: () => ({ node: { __typename: 'Store', id: STORE, reviews: [] } }),
        OrderReview: () => ({ node: { __typename: 'WorkOrder', id: orderId(1), review: null } }),
        LacewireReview: () => ({ node: review }),
      },
      [
        [REVIEWS, { storeId: STORE }],
        [ORDER_REVIEW, { id: orderId(1) }],
      ],
    );
    transport.push('review.posted', { storeId: 's1', customerId: CUSTOMER, reviewId: 'r1', orderId: 'o1', rating: 5 });
    await vi.waitFor(() => expect(shown[0].latest().node.reviews).toHaveLength(1));
    await vi.waitFor(() => expect(shown[1].latest().node.review).toMatchObject({ rating: 5 }));
    expect(server.requests).toEqual(['LacewireReview']);
  });
});

const appointmentId = (n: number) => globalId('Appointment', `a${n}`);
function appointment(n: number, startsAt: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Appointment',
    id: appointmentId(n),
    startsAt,
    endsAt: startsAt.replace('T10', 'T11'),
    status: 'booked',
    technicianId: globalId('Account', 't1'),
    technicianName: 'Wang',
    ...extra,
  };
}
const CALENDAR = gql`
  query CalendarPage($storeId: ID!, $from: DateTime!, $to: DateTime!, $after: String) {
    node(id: $storeId) {
      __typename
      ... on Store {
        id
        appointments(from: $from, to: $to, first: 15, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              startsAt
              endsAt
              status
              technicianId
              technicianName
            }
          }
        }
      }
    }
  }
`;
const DAY = { from: '2026-03-02T00:00:00.000Z', to: '2026-03-03T00:00:00.000Z' };
const calendar = (appointments: unknown[]) => ({
  node: {
    __typename: 'Store',
    id: STORE,
    appointments: { pageInfo: { hasNextPage: false, endCursor: null }, edges: appointments.map((node) => ({ node })) },
  },
});
const appointmentEvent = (n: number, startsAt: string, extra: Record<string, unknown> = {}) => ({
  appointmentId: `a${n}`,
  storeId: 's1',
  customerId: CUSTOMER,
  technicianId: 't1',
  startsAt,
  endsAt: startsAt.replace('T10', 'T11'),
  status: 'booked',
  ...extra,
});

describe('appointments apply their events', () => {
  it("the calendar's page takes a confirmation with no query, a new booking with its card alone, and lets go of one moved to another day with no query", async () => {
    let card: unknown = null;
    const { server, transport, shown } = await screens(
      'clerk',
      { CalendarPage: () => calendar([appointment(1, '2026-03-02T10:00:00.000Z')]), LacewireAppointment: () => ({ node: card }) },
      [[CALENDAR, { storeId: STORE, ...DAY, after: null }]],
    );
    const ids = () => shown[0].latest().node.appointments.edges.map((e: any) => e.node.id);
    transport.push('appointment.confirmed', appointmentEvent(1, '2026-03-02T10:00:00.000Z', { status: 'confirmed' }));
    await vi.waitFor(() => expect(shown[0].latest().node.appointments.edges[0].node.status).toBe('confirmed'));
    await pause();
    expect(server.requests).toEqual([]);

    card = appointment(2, '2026-03-02T10:00:00.000Z');
    transport.push('appointment.booked', appointmentEvent(2, '2026-03-02T10:00:00.000Z', { source: 'online', serviceIds: [] }));
    await vi.waitFor(() => expect(ids()).toEqual([appointmentId(1), appointmentId(2)]));
    expect(server.requests).toEqual(['LacewireAppointment']);

    transport.push(
      'appointment.rescheduled',
      appointmentEvent(1, '2026-03-05T10:00:00.000Z', {
        previousStartsAt: '2026-03-02T10:00:00.000Z',
        previousTechnicianId: 't1',
      }),
    );
    await vi.waitFor(() => expect(ids()).toEqual([appointmentId(2)]));
    await pause();
    // Same technician, and the page does not show the store-local time: nothing to fetch.
    expect(server.requests).toEqual(['LacewireAppointment']);
  });

  it("a cancellation shows in the customer's upcoming appointments with no query", async () => {
    const BOOKING = gql`
      query Booking {
        viewer {
          customer {
            id
            appointments(upcoming: true) {
              id
              startsAt
              status
            }
          }
        }
      }
    `;
    const soon = new Date(Date.now() + 86_400_000).toISOString().replace(/T.*/, 'T10:00:00.000Z');
    const { server, transport, shown } = await screens(
      'customer',
      {
        Booking: () => ({
          viewer: {
            __typename: 'Viewer',
            customer: { __typename: 'Customer', id: globalId('Customer', CUSTOMER), appointments: [appointment(1, soon)] },
          },
        }),
      },
      [[BOOKING, {}]],
    );
    transport.push(
      'appointment.cancelled',
      appointmentEvent(1, soon, { status: 'cancelled', cancelledBy: CUSTOMER, reason: null }),
    );
    await vi.waitFor(() => expect(shown[0].latest().viewer.customer.appointments[0].status).toBe('cancelled'));
    await pause();
    expect(server.requests).toEqual([]);
  });
});

describe('settings apply their events', () => {
  const STORES = gql`
    query RolloutMatrix {
      stores {
        id
        features {
          name
          enabled
        }
      }
    }
  `;
  const MINE = gql`
    query StoreFeatures($id: ID!) {
      node(id: $id) {
        __typename
        ... on Store {
          id
          features {
            name
            enabled
          }
          featureHistory {
            feature
            enabled
          }
        }
      }
    }
  `;
  const features = (enabled: boolean) => [
    { __typename: 'FeatureState', name: 'aftercare', enabled: true },
    { __typename: 'FeatureState', name: 'agora', enabled },
  ];

  it("a switched feature shows in the owner's matrix with no query; the store's history comes with its features, one small query", async () => {
    const { server, transport, shown } = await screens(
      'clerk',
      {
        RolloutMatrix: () => ({ stores: [{ __typename: 'Store', id: STORE, features: features(false) }] }),
        StoreFeatures: () => ({ node: { __typename: 'Store', id: STORE, features: features(false), featureHistory: [] } }),
      },
      [[STORES, {}]],
    );
    transport.push('store.featureSwitched', { storeId: 's1', feature: 'agora', enabled: true, changedBy: ME });
    await vi.waitFor(() => expect(shown[0].latest().stores[0].features[1].enabled).toBe(true));
    await pause();
    expect(server.requests).toEqual([]);

    server.answer.LacewireStoreFeatures = () => ({
      node: {
        __typename: 'Store',
        id: STORE,
        features: features(false).map((f) => ({ ...f, description: '', defaultEnabled: false })),
        featureHistory: [
          {
            __typename: 'FeatureSwitchChange',
            feature: 'agora',
            enabled: false,
            changedAt: '2026-01-01T00:00:00.000Z',
            changedBy: ME,
          },
        ],
      },
    });
    const mine = watch(current?.lacewire as Started['lacewire'], MINE, { id: STORE });
    await vi.waitFor(() => expect(mine.latest()?.node).toBeTruthy());
    await pause();
    server.requests.length = 0;
    transport.push('store.featureSwitched', { storeId: 's1', feature: 'agora', enabled: false, changedBy: ME });
    await vi.waitFor(() => expect(mine.latest().node.featureHistory).toHaveLength(1));
    expect(shown[0].latest().stores[0].features[1].enabled).toBe(false);
    expect(server.requests).toEqual(['LacewireStoreFeatures']);
  });

  it('stock that moves is written from the event (low when under its threshold), a new service is fetched alone', async () => {
    const CATALOG = gql`
      query CatalogSettings($storeId: ID!) {
        node(id: $storeId) {
          __typename
          ... on Store {
            id
            services(all: true) {
              id
              name
              active
            }
            materials {
              id
              stock
              low
              lowStockThreshold
            }
          }
        }
      }
    `;
    const { server, transport, shown } = await screens(
      'clerk',
      {
        CatalogSettings: () => ({
          node: {
            __typename: 'Store',
            id: STORE,
            services: [],
            materials: [{ __typename: 'Material', id: globalId('Material', 'x1'), stock: 10, low: false, lowStockThreshold: 3 }],
          },
        }),
        LacewireService: () => ({
          node: { __typename: 'Service', id: globalId('Service', 'v1'), name: '深度清洁', active: true },
        }),
      },
      [[CATALOG, { storeId: STORE }]],
    );
    transport.push('material.consumed', { materialId: 'x1', storeId: 's1', quantity: 8, stock: 2 });
    await vi.waitFor(() => expect(shown[0].latest().node.materials[0]).toMatchObject({ stock: 2, low: true }));
    await pause();
    expect(server.requests).toEqual([]);
    transport.push('service.created', { serviceId: 'v1', storeId: 's1' });
    await vi.waitFor(() => expect(shown[0].latest().node.services).toHaveLength(1));
    expect(server.requests).toEqual(['LacewireService']);
  });
});

describe('more lists that events keep', () => {
  it("an order opened for a customer joins their record's open orders (intake), fetched alone", async () => {
    const CUSTOMER_ORDERS = gql`
      query AwaitingIntake($customerId: ID!) {
        node(id: $customerId) {
          __typename
          ... on Customer {
            id
            orders(active: true) {
              id
              tagNumber
              status
            }
          }
        }
      }
    `;
    const customer = globalId('Customer', CUSTOMER);
    const { server, transport, shown } = await screens(
      'clerk',
      {
        AwaitingIntake: () => ({ node: { __typename: 'Customer', id: customer, orders: [card(1, 'received')] } }),
        LacewireOrderCard: () => ({ node: { ...card(7, 'received'), services: [] } }),
      },
      [[CUSTOMER_ORDERS, { customerId: customer }]],
    );
    transport.push('order.opened', { orderId: 'o7', storeId: 's1', customerId: CUSTOMER, tagNumber: '0007', status: 'received' });
    await vi.waitFor(() => expect(shown[0].latest().node.orders.map((o: any) => o.id)).toEqual([orderId(7), orderId(1)]));
    expect(server.requests).toEqual(['LacewireOrderCard']);
  });

  it("a switch shows in the console's enabled features, and stock under its threshold joins the low-stock list: no query", async () => {
    const STORE_STATE = gql`
      query StoreState($storeId: ID!) {
        node(id: $storeId) {
          __typename
          ... on Store {
            id
            enabledFeatures
            materials {
              id
              name
              stock
              low
              lowStockThreshold
            }
            lowStockMaterials {
              id
              name
              stock
              low
              lowStockThreshold
            }
          }
        }
      }
    `;
    const material = (n: number, stock: number) => ({
      __typename: 'Material',
      id: globalId('Material', `x${n}`),
      name: `material ${n}`,
      stock,
      low: stock <= 3,
      lowStockThreshold: 3,
    });
    const { server, transport, shown } = await screens(
      'clerk',
      {
        StoreState: () => ({
          node: {
            __typename: 'Store',
            id: STORE,
            enabledFeatures: ['aftercare'],
            materials: [material(1, 2), material(2, 9)],
            lowStockMaterials: [material(1, 2)],
          },
        }),
      },
      [[STORE_STATE, { storeId: STORE }]],
    );
    const node = () => shown[0].latest().node;
    transport.push('store.featureSwitched', { storeId: 's1', feature: 'agora', enabled: true, changedBy: ME });
    await vi.waitFor(() => expect(node().enabledFeatures).toEqual(['aftercare', 'agora']));
    transport.push('material.consumed', { materialId: 'x2', storeId: 's1', quantity: 7, stock: 2 });
    await vi.waitFor(() => expect(node().lowStockMaterials.map((m: any) => m.stock)).toEqual([2, 2]));
    transport.push('material.restocked', { materialId: 'x1', storeId: 's1', quantity: 10, stock: 12 });
    await vi.waitFor(() => expect(node().lowStockMaterials.map((m: any) => m.name)).toEqual(['material 2']));
    await pause();
    expect(server.requests).toEqual([]);
  });
});
