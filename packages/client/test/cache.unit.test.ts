import { gql } from '@urql/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Auth, createLacewire, globalId, type Lacewire, type StreamTransport, type TransportSink } from '../src/index.ts';

/** The normalized cache as both apps get it: events applied, lists kept, one small query at most. */

const STORE = globalId('Store', 's1');
const TECH = globalId('Account', 't1');

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
  };
}

class Transport implements StreamTransport {
  sink: TransportSink | null = null;
  subscribe(_after: string | null, sink: TransportSink) {
    this.sink = sink;
    return () => {};
  }
  #cursor = 0;
  push(type: string, payload: Record<string, unknown>) {
    this.sink?.next({ cursor: String(++this.#cursor), type, payload, at: new Date().toISOString() });
  }
}

interface Server {
  requests: string[];
  answer: Record<string, (variables: any) => unknown>;
}

function start(role: 'clerk' | 'technician') {
  const server: Server = {
    requests: [],
    answer: {
      Workspace: () => ({
        viewer: {
          __typename: 'Viewer',
          isOwner: false,
          account: { __typename: 'Account', id: TECH },
          memberships: [{ __typename: 'Membership', role, storeId: STORE }],
        },
      }),
    },
  };
  const transport = new Transport();
  const auth = new Auth({ storage: null });
  auth.signIn({ token: 't', expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
  const lacewire = createLacewire({
    url: 'http://lacewire.test/graphql',
    auth,
    stream: { transport, online: () => true },
    fetch: async (_url, init) => {
      const body = JSON.parse(String(init?.body));
      server.requests.push(body.operationName);
      const answer = server.answer[body.operationName];
      const payload = answer ? { data: answer(body.variables) } : { errors: [{ message: `no ${body.operationName}` }] };
      return new Response(JSON.stringify(payload), { headers: { 'content-type': 'application/json' } });
    },
  });
  return { server, transport, lacewire };
}

/** Keeps a query on screen; `latest()` is what the screen shows now. */
function watch(lacewire: Lacewire, query: typeof BOARD, variables: Record<string, unknown>) {
  let latest: any = null;
  const subscription = lacewire.client.query(query, variables).subscribe((result) => {
    latest = result.data;
  });
  return { latest: () => latest, stop: () => subscription.unsubscribe() };
}

let current: ReturnType<typeof start> | null = null;
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
