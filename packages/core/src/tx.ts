import type { EntityManager } from '@mikro-orm/postgresql';
import { asInvalidInput } from './database/data-errors.ts';
import type { Audience } from './events/audience.ts';
import { appendEvents, type PendingEvent } from './events/log.ts';
import type { EventRegistry } from './events/registry.ts';
import { once } from './idempotency.ts';
import { addJob, removeJob } from './jobs/queue.ts';
import type { EnqueueOptions, Tx } from './plugin.ts';
import type { Runtime } from './runtime.ts';

/** What a committed transaction leaves to do: wake the dispatchers if it emitted, run its afterCommit hooks. */
export interface Committed {
  emitted: boolean;
  after: ((runtime: Runtime) => void)[];
}

/**
 * Runs `fn` in one transaction: entity changes are flushed, then the emitted events are appended
 * to the log, then everything commits together. `onCommitted` runs after the commit (for a
 * transaction nested in another, the caller runs it after the outer commit). `account` is the
 * viewer a request's transaction runs for: it scopes idempotency keys (`tx.once`).
 */
export async function runInTransaction<T>(
  em: EntityManager,
  events: EventRegistry,
  fn: (tx: Tx) => Promise<T>,
  onCommitted: (committed: Committed) => void,
  account: string | null = null,
): Promise<T> {
  const pending: PendingEvent[] = [];
  const after: Committed['after'] = [];
  const result = await transactional(em, async (txEm) => {
    const tx: Tx = {
      em: txEm,
      emit(type: string, payload: unknown, audience: Audience) {
        pending.push({ type, payload: events.parse(type, payload), audience });
      },
      enqueue: (job: string, payload: Record<string, unknown>, options?: EnqueueOptions) => addJob(txEm, job, payload, options),
      dequeue: (key: string) => removeJob(txEm, key),
      afterCommit: (hook) => {
        after.push(hook);
      },
      once: (options, work) => once(tx, account, options, work),
    };
    const value = await fn(tx);
    await txEm.flush();
    await appendEvents(txEm, pending);
    return value;
  });
  onCommitted({ emitted: pending.length > 0, after });
  return result;
}

/** em.transactional, where a value the database refused as malformed is the client's mistake: a typed InvalidInput. */
async function transactional<T>(em: EntityManager, fn: (txEm: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await em.transactional(fn);
  } catch (error) {
    throw asInvalidInput(error) ?? error;
  }
}
