/**
 * Consoles as the apps run them, in a process of their own: N instances of @lacewire/client
 * (`createLacewire`: the urql client with the normalized cache, the one event stream over a real
 * `ws` WebSocket) each with the board's order list on screen. A status change counts as delivered
 * to a console when its cache shows the order with the new status — what the board renders from.
 * Also counts the HTTP queries the consoles sent after the change (the apps' cost per event).
 */
import { Auth, createLacewire, type Lacewire } from '@lacewire/client';
import { gql } from '@urql/core';
import WebSocket from 'ws';
import { serve } from '../lib/child.ts';
import { now } from '../lib/stats.ts';

const BOARD = gql`
  query BenchBoard($storeId: ID!) {
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
    workOrders(storeId: $storeId, active: true) {
      id
      tagNumber
      status
      statusLabel
      technician {
        accountId
        displayName
      }
    }
  }
`;

interface Console {
  lacewire: Lacewire;
  orders: { id: string; status: string }[] | null;
  stop(): void;
}

let consoles: Console[] = [];
let received: number[] = [];
let target: { id: string; status: string } | null = null;
let queries = 0;

function check(index: number) {
  const c = consoles[index];
  if (!target || !Number.isNaN(received[index]) || !c.orders) return;
  if (c.orders.some((o) => o.id === target?.id && o.status === target.status)) received[index] = now();
}

async function open(url: string, token: string, storeId: string, index: number): Promise<Console> {
  const auth = new Auth({ storage: null });
  auth.signIn({ token, expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
  const lacewire = createLacewire({
    url,
    auth,
    webSocketImpl: WebSocket,
    fetch: (input, init) => {
      if (target) queries++;
      return fetch(input, init);
    },
  });
  const c: Console = { lacewire, orders: null, stop: () => {} };
  const subscription = lacewire.client.query(BOARD, { storeId }).subscribe((result) => {
    c.orders = result.data?.workOrders ?? c.orders;
    check(index);
  });
  c.stop = () => {
    subscription.unsubscribe();
    lacewire.stream.stop();
    lacewire.sockets.dispose();
  };
  return c;
}

serve({
  /** Opens `count` consoles, `concurrency` at a time, each live (stream connected, board loaded). */
  open: async (args: { url: string; token: string; storeId: string; count: number; concurrency?: number }) => {
    const started = now();
    consoles = new Array(args.count);
    received = new Array(args.count).fill(Number.NaN);
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(args.concurrency ?? 50, args.count) }, async () => {
        while (next < args.count) {
          const index = next++;
          const c = await open(args.url, args.token, args.storeId, index);
          consoles[index] = c;
          const deadline = Date.now() + 60_000;
          while ((c.lacewire.stream.state !== 'connected' || !c.orders) && Date.now() < deadline)
            await new Promise((r) => setTimeout(r, 10));
        }
      }),
    );
    // The first connection has no cursor: each console refetched its board once (resync). Let it.
    await new Promise((r) => setTimeout(r, 500));
    return { ms: now() - started };
  },
  arm: ({ orderId, status }: { orderId: string; status: string }) => {
    received.fill(Number.NaN);
    queries = 0;
    target = { id: orderId, status };
    for (let i = 0; i < consoles.length; i++) check(i);
  },
  collect: async ({ timeoutMs }: { timeoutMs: number }) => {
    const deadline = Date.now() + timeoutMs;
    const missing = () => received.reduce((n, t) => n + (Number.isNaN(t) ? 1 : 0), 0);
    while (missing() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    // Any query an event causes goes out with it; give late ones a moment.
    await new Promise((r) => setTimeout(r, 300));
    target = null;
    return { times: received.filter((t) => !Number.isNaN(t)), missing: missing(), queries, errors: 0 };
  },
  close: async () => {
    for (const c of consoles) c?.stop();
    consoles = [];
  },
});
process.send?.({ type: 'ready' });
