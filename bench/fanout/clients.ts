/**
 * The subscribers, in a process of their own: N WebSocket connections, either speaking the
 * graphql-ws protocol (connection_init with the token, one subscribe) to Lacewire, or plain
 * sockets to the bare `ws` floor. Both parse each message the same way, so the client side costs
 * the same in both measurements. Times are taken when a message is parsed.
 */
import WebSocket from 'ws';
import { serve } from '../lib/child.ts';
import { now } from '../lib/stats.ts';

interface OpenArgs {
  mode: 'graphql' | 'ws';
  url: string;
  count: number;
  token?: string;
  query?: string;
  variables?: Record<string, unknown>;
  concurrency?: number;
}

let sockets: WebSocket[] = [];
let received: number[] = [];
let armed = false;
let sample: string | null = null;
let errors = 0;

function open(args: OpenArgs, index: number): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket =
      args.mode === 'graphql'
        ? new WebSocket(args.url.replace(/^http/, 'ws'), 'graphql-transport-ws', { perMessageDeflate: false })
        : new WebSocket(args.url, { perMessageDeflate: false });
    const fail = (error: unknown) => reject(error instanceof Error ? error : new Error(String(error)));
    socket.once('error', fail);
    socket.on('close', () => {
      if (armed && Number.isNaN(received[index])) errors++;
    });
    socket.on('message', (data) => {
      const text = data.toString();
      const message = JSON.parse(text);
      if (args.mode === 'graphql') {
        if (message.type === 'connection_ack') {
          socket.send(
            JSON.stringify({ id: '1', type: 'subscribe', payload: { query: args.query, variables: args.variables ?? {} } }),
          );
          socket.off('error', fail);
          socket.on('error', () => errors++);
          resolve(socket);
          return;
        }
        if (message.type === 'ping') {
          socket.send(JSON.stringify({ type: 'pong' }));
          return;
        }
        if (message.type === 'error') {
          errors++;
          return;
        }
        if (message.type !== 'next') return;
        if (message.payload?.errors) errors++;
      }
      if (armed && Number.isNaN(received[index])) {
        received[index] = now();
        if (index === 0) sample = text;
      }
    });
    socket.once('open', () => {
      if (args.mode === 'graphql') {
        socket.send(
          JSON.stringify({ type: 'connection_init', payload: args.token ? { authorization: `Bearer ${args.token}` } : {} }),
        );
      } else {
        socket.off('error', fail);
        socket.on('error', () => errors++);
        resolve(socket);
      }
    });
  });
}

serve({
  /** Opens `count` subscribers, `concurrency` handshakes at a time; answers with the time it took. */
  open: async (args: OpenArgs) => {
    const started = now();
    const concurrency = args.concurrency ?? 200;
    sockets = new Array(args.count);
    received = new Array(args.count).fill(Number.NaN);
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(concurrency, args.count) }, async () => {
        while (next < args.count) {
          const index = next++;
          sockets[index] = await open(args, index);
        }
      }),
    );
    return { ms: now() - started };
  },
  /** Starts a measurement: the next message each client gets is timed. */
  arm: () => {
    received.fill(Number.NaN);
    sample = null;
    errors = 0;
    armed = true;
  },
  /** Waits until every client got its message (or the timeout), then hands the times over. */
  collect: async ({ timeoutMs }: { timeoutMs: number }) => {
    const deadline = Date.now() + timeoutMs;
    const missing = () => received.reduce((n, t) => n + (Number.isNaN(t) ? 1 : 0), 0);
    while (missing() > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    armed = false;
    return { times: received.filter((t) => !Number.isNaN(t)), missing: missing(), sample, errors };
  },
  close: async () => {
    await Promise.all(
      sockets.map(
        (socket) =>
          new Promise<void>((resolve) => {
            if (!socket || socket.readyState === WebSocket.CLOSED) return resolve();
            socket.once('close', () => resolve());
            socket.terminate();
          }),
      ),
    );
    sockets = [];
  },
});
process.send?.({ type: 'ready' });
