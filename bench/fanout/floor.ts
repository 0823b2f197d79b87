/**
 * The floor: a bare `ws` server that sends one given text frame to every connected client.
 * Nothing but the socket writes — what any real-time stack pays at the least.
 */
import { WebSocketServer } from 'ws';
import { memory, serve } from '../lib/child.ts';
import { now } from '../lib/stats.ts';

const wss = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: false });
await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
const address = wss.address();
const port = typeof address === 'object' && address ? address.port : 0;

serve({
  memory: () => memory(),
  count: () => wss.clients.size,
  broadcast: ({ payload }: { payload: string }) => {
    const sentAt = now();
    for (const client of wss.clients) client.send(payload);
    return { sentAt, loopMs: now() - sentAt };
  },
});
process.on('SIGTERM', () => {
  for (const client of wss.clients) client.terminate();
  wss.close(() => process.exit(0));
});
process.send?.({ type: 'listening', port, url: `ws://127.0.0.1:${port}` });
