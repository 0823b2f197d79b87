import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * One address in front of several instances, as a TCP load balancer would be: each incoming
 * connection (HTTP keep-alive or WebSocket) goes to the next backend in turn; a backend that
 * refuses the connection is skipped, so clients of a stopped instance reconnect to another.
 */
export class RoundRobinProxy {
  readonly connections = new Map<number, number>();
  readonly #backends: number[];
  readonly #open = new Set<Socket>();
  #next = 0;
  #server: Server | null = null;

  constructor(backendPorts: number[]) {
    this.#backends = backendPorts;
  }

  async listen(): Promise<string> {
    this.#server = createServer((client) => this.#route(client, 0));
    await new Promise<void>((resolve) => this.#server?.listen(0, '127.0.0.1', resolve));
    const address = this.#server.address();
    return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
  }

  #route(client: Socket, tries: number) {
    if (tries >= this.#backends.length) {
      client.destroy();
      return;
    }
    const port = this.#backends[this.#next++ % this.#backends.length];
    client.pause();
    const upstream = connect(port, '127.0.0.1');
    upstream.once('error', () => {
      // Refused before anything was sent: try the next instance.
      if (!upstream.bytesWritten && !upstream.bytesRead) this.#route(client, tries + 1);
      else client.destroy();
    });
    upstream.once('connect', () => {
      this.connections.set(port, (this.connections.get(port) ?? 0) + 1);
      this.#open.add(client).add(upstream);
      client.pipe(upstream).pipe(client);
      client.resume();
      const end = () => {
        client.destroy();
        upstream.destroy();
        this.#open.delete(client);
        this.#open.delete(upstream);
      };
      client.once('close', end);
      upstream.once('close', end);
      client.on('error', end);
      upstream.on('error', end);
    });
  }

  async close() {
    for (const socket of this.#open) socket.destroy();
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()));
  }
}
