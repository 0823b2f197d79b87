import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

// Frontend message types of the extended query protocol, and the two that end a request.
const EXTENDED = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((c) => c.charCodeAt(0)));
const ENDS = new Set(['S', 'Q'].map((c) => c.charCodeAt(0)));

interface Queued {
  handlerId: number;
  message: Uint8Array;
  resolve(bytes: number): void;
  reject(error: unknown): void;
  onData(data: Uint8Array): void;
}

interface QueryQueue {
  queue: Queued[];
  processing: boolean;
  lastHandlerId: number | null;
  db: {
    isInTransaction(): boolean;
    runExclusive<T>(fn: () => Promise<T>): Promise<T>;
    execProtocolRawStream(m: Uint8Array, o: object): Promise<unknown>;
  };
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
}

/**
 * pglite-socket runs the messages of all sockets on one PGlite session, one message at a time,
 * and keeps a socket's turn only inside a transaction. A `pg` query outside a transaction is
 * several messages (Parse, Bind, Describe, Execute, Sync): another socket's Parse in between
 * replaces the unnamed statement, and the first query reads another's rows or fails with
 * `portal "" does not exist`. This keeps a socket's turn from its first extended-protocol
 * message to its Sync as well.
 */
export function keepRequestsTogether(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue: QueryQueue }).queryQueue;
  let open: number | null = null;

  queue.processQueue = async function processQueue(this: QueryQueue) {
    if (this.processing) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const owner = open ?? (this.db.isInTransaction() ? this.lastHandlerId : null);
        const index = owner === null ? 0 : this.queue.findIndex((q) => q.handlerId === owner);
        if (index === -1) break; // the owner's next message has not arrived yet
        const [item] = this.queue.splice(index, 1);
        const type = item.message[0];
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          if (open === item.handlerId) open = null;
          item.reject(error);
          continue;
        }
        this.lastHandlerId = item.handlerId;
        if (ENDS.has(type)) open = null;
        else if (EXTENDED.has(type)) open = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };

  const clear = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    clear(handlerId);
    if (open === handlerId) {
      open = null;
      void queue.processQueue();
    }
  };
}
