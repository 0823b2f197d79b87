import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { YogaServerInstance } from 'graphql-yoga';
import type { Context } from '../context.ts';
import type { Runtime } from '../runtime.ts';
import { Drain } from './drain.ts';
import { attachWebSocket } from './websocket.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** The platform's one HTTP + WebSocket endpoint: listening, closing sessions' sockets, stopping. */
export class HttpEndpoint {
  readonly drain = new Drain();
  #server: Server | null = null;
  #sockets: ReturnType<typeof attachWebSocket> | null = null;
  readonly #runtime: Runtime;
  readonly #yoga: YogaServerInstance<any, Context>;
  readonly #handle: Handler;

  constructor(runtime: Runtime, yoga: YogaServerInstance<any, Context>, handler: (drain: Drain) => Handler) {
    this.#runtime = runtime;
    this.#yoga = yoga;
    this.#handle = handler(this.drain);
  }

  async listen(port: number, host: string) {
    const server = createServer((req, res) => {
      // A failing route (or a client gone mid-request) costs that request, never the process.
      this.#handle(req, res).catch((error) => {
        this.#runtime.log.error({ err: error, url: req.url }, 'request failed');
        if (res.headersSent) res.destroy();
        else res.writeHead(500, { 'content-type': 'application/json' }).end('{"errors":[{"message":"Unexpected error."}]}');
      });
    });
    this.#server = server;
    this.#sockets = attachWebSocket(server, this.#yoga, this.#runtime);
    await new Promise<void>((resolve) => server.listen(port, host, resolve));
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    return { url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${actual}/graphql`, port: actual };
  }

  /** Closes this instance's WebSockets of a session (4401). */
  closeSession(sessionId: string, reason: string) {
    this.#sockets?.closeSession(sessionId, reason);
  }

  /** Stops at once: sockets and connections. */
  async close() {
    await this.#sockets?.close();
    const server = this.#server;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  /** Stops taking work, then gives requests under way up to `graceMs` (the rest are answered 503). */
  async shutdown(graceMs: number) {
    this.drain.draining = true;
    await this.#sockets?.close();
    const cut = this.#server ? await this.drain.drain(this.#server, graceMs) : 0;
    if (cut > 0) this.#runtime.log.warn({ requests: cut }, 'requests still running at the shutdown deadline were answered 503');
  }
}
