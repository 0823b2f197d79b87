import type { IncomingMessage, Server, ServerResponse } from 'node:http';

const REFUSED = JSON.stringify({
  errors: [{ message: 'The server is shutting down; retry shortly.', extensions: { code: 'ShuttingDown' } }],
});

/**
 * The HTTP requests and event streams (SSE) under way on one server, so a shutdown can stop
 * taking work, let requests finish, and answer the rest itself instead of resetting connections.
 */
export class Drain {
  draining = false;
  readonly #requests = new Set<ServerResponse>();
  readonly #streams = new Set<ServerResponse>();
  #settled: (() => void) | null = null;

  /** Tracks a request; while draining it is refused with 503 (and false returned). */
  admit(req: IncomingMessage, res: ServerResponse): boolean {
    if (this.draining) {
      refuse(res);
      return false;
    }
    const set = (req.headers.accept ?? '').includes('text/event-stream') ? this.#streams : this.#requests;
    set.add(res);
    res.once('close', () => {
      set.delete(res);
      if (this.#requests.size === 0) this.#settled?.();
    });
    return true;
  }

  /**
   * Takes no more work: requests arriving meanwhile (also those still in the kernel's accept
   * queue, which closing the listener would reset) are answered 503 with `connection: close`;
   * event streams end (clients resume by cursor elsewhere); requests under way get up to `ms`
   * to finish, the unfinished ones are answered 503. Then the listener and every connection
   * close. Resolves with how many requests had to be cut short.
   */
  async drain(server: Server, ms: number): Promise<number> {
    this.draining = true;
    for (const res of this.#requests) if (!res.headersSent) res.setHeader('connection', 'close');
    for (const res of this.#streams) res.end();
    if (this.#requests.size > 0) {
      await new Promise<void>((resolve) => {
        this.#settled = resolve;
        setTimeout(resolve, ms).unref();
      });
    }
    const unfinished = [...this.#requests];
    for (const res of unfinished) refuse(res);
    server.close();
    server.closeAllConnections();
    return unfinished.length;
  }
}

function refuse(res: ServerResponse) {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(503, { 'content-type': 'application/json', connection: 'close', 'retry-after': '1' }).end(REFUSED);
}
