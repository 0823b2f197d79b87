import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

// Frontend message types of the extended query protocol, and the two that end a request.
const EXTENDED = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((c) => c.charCodeAt(0)));
const ENDS = new Set(['S', 'Q'].map((c) => c.charCodeAt(0)));

interface Queued {
  handlerId: number;
  message: Uint8Array;
  timestamp: number;
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

/** The pglite-socket release whose QueryQueueManager.processQueue this file replaces. */
export const PATCHED_VERSION = '0.2.17';
const UPSTREAM = 'electric-sql/pglite#1046 (fix proposed in electric-sql/pglite#977)';

/** The installed pglite-socket's version, from its package.json (its exports do not list the file). */
export function installedVersion(): string {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite-socket');
  let dir = dirname(entry);
  while (!dir.endsWith('pglite-socket')) dir = dirname(dir);
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
}

/**
 * Refuses to start on internals other than the ones replaced here: another release (which may
 * have fixed the bug, or moved what this patch reaches into), or a queue of another shape.
 */
export function checkInternals(queue: unknown, version: string): asserts queue is QueryQueue {
  const q = queue as Partial<QueryQueue> | undefined;
  const fn = (value: unknown) => typeof value === 'function';
  const shaped =
    !!q &&
    Array.isArray(q.queue) &&
    typeof q.processing === 'boolean' &&
    'lastHandlerId' in q &&
    fn(q.processQueue) &&
    fn(q.clearQueueForHandler) &&
    fn(q.db?.isInTransaction) &&
    fn(q.db?.runExclusive) &&
    fn(q.db?.execProtocolRawStream);
  if (version !== PATCHED_VERSION || !shaped)
    throw new Error(
      `The embedded database's socket server is @electric-sql/pglite-socket ${version}${shaped ? '' : ' with a query queue of another shape'}; ` +
        `packages/core/src/database/protocol-affinity.ts replaces the query queue of ${PATCHED_VERSION}. ` +
        `If ${UPSTREAM} is fixed in ${version}, remove the patch; otherwise port it to ${version}.`,
    );
}

/**
 * pglite-socket runs the messages of all sockets on one PGlite session, one message at a time,
 * and keeps a socket's turn only inside a transaction. A `pg` query outside a transaction is
 * several messages (Parse, Bind, Describe, Execute, Sync): another socket's Parse in between
 * replaces the unnamed statement, and the first query reads another's rows or fails with
 * `portal "" does not exist` (upstream: electric-sql/pglite#1046). This keeps a socket's turn from
 * its first extended-protocol message to its Sync as well. It throws at start, before replacing
 * anything, when the installed release or its queue is not the one this was written for.
 *
 * Waiting is bounded: when the open transaction has sent nothing for `waitMs` (it awaits
 * something else, in the worst case the very statement waiting behind it), each statement that
 * waited as long fails as PostgreSQL's lock_timeout does (SQLSTATE 55P03), and its socket stays
 * usable. Returns a function that stops the watch.
 */
export function keepRequestsTogether(server: PGLiteSocketServer, waitMs: number, version = installedVersion()): () => void {
  const queue = (server as unknown as { queryQueue: unknown }).queryQueue;
  checkInternals(queue, version);
  let open: number | null = null;
  let ownerActiveAt = Date.now();
  // Sockets whose request failed: the rest of it is skipped up to its Sync, as PostgreSQL does.
  const failed = new Set<number>();

  queue.processQueue = async function processQueue(this: QueryQueue) {
    if (this.processing) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const skipped = this.queue.findIndex((q) => failed.has(q.handlerId));
        if (skipped !== -1) {
          skipRest(this.queue.splice(skipped, 1)[0]);
          continue;
        }
        const owner = open ?? (this.db.isInTransaction() ? this.lastHandlerId : null);
        const index = owner === null ? 0 : this.queue.findIndex((q) => q.handlerId === owner);
        if (index === -1) break; // the owner's next message has not arrived yet
        const [item] = this.queue.splice(index, 1);
        const type = item.message[0];
        let bytes = 0;
        ownerActiveAt = Date.now();
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
        ownerActiveAt = Date.now();
        this.lastHandlerId = item.handlerId;
        if (ENDS.has(type)) open = null;
        else if (EXTENDED.has(type)) open = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };

  function skipRest(item: Queued) {
    if (ENDS.has(item.message[0])) {
      failed.delete(item.handlerId);
      item.onData(READY_IDLE);
    }
    item.resolve(0);
  }

  const watch = setInterval(
    () => {
      const now = Date.now();
      const owner = open ?? (queue.db.isInTransaction() ? queue.lastHandlerId : null);
      if (owner === null || now - ownerActiveAt < waitMs) return;
      const late = queue.queue.filter((q) => q.handlerId !== owner && !failed.has(q.handlerId) && now - q.timestamp >= waitMs);
      if (late.length === 0) return;
      queue.queue = queue.queue.filter((q) => !late.includes(q));
      for (const item of late) {
        item.onData(waitError(now - item.timestamp));
        if (EXTENDED.has(item.message[0])) failed.add(item.handlerId);
        else item.onData(READY_IDLE);
        item.resolve(0);
      }
      void queue.processQueue();
    },
    Math.max(20, Math.min(waitMs / 5, 1000)),
  );
  watch.unref();

  const clear = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    clear(handlerId);
    failed.delete(handlerId);
    if (open === handlerId) {
      open = null;
      void queue.processQueue();
    }
  };
  return () => clearInterval(watch);
}

/** ReadyForQuery, not in a transaction (a waiting socket never is: the session's transaction is another's). */
const READY_IDLE = new Uint8Array([0x5a, 0, 0, 0, 5, 0x49]);

/** An ErrorResponse as PostgreSQL sends one when lock_timeout stops a statement. */
function waitError(waitedMs: number): Uint8Array {
  const field = (code: string, value: string) => Buffer.concat([Buffer.from(code), Buffer.from(value), Buffer.from([0])]);
  const body = Buffer.concat([
    field('S', 'ERROR'),
    field('V', 'ERROR'),
    field('C', '55P03'),
    field('M', `waited ${waitedMs} ms for the embedded database, held by another connection's idle transaction`),
    Buffer.from([0]),
  ]);
  const header = Buffer.alloc(5);
  header.write('E', 0);
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}
