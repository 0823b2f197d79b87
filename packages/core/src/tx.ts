import type { EntityManager } from '@mikro-orm/postgresql';
import type { PlatformClock } from './clock.ts';
import { asInvalidInput } from './database/data-errors.ts';
import { asTimeout } from './database/timeouts.ts';
import { currentTx, inTxScope } from './database/tx-scope.ts';
import { TimeoutError } from './errors.ts';
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

export interface TransactionOptions {
  /** The viewer a request's transaction runs for: it scopes idempotency keys (`tx.once`). */
  account?: string | null;
  /** Past it the transaction rolls back instead of committing (the operation's deadline). */
  deadline?: AbortSignal;
  /** The platform's time (`tx.now()`); the wall clock when absent. */
  clock?: PlatformClock;
}

/**
 * Runs `fn` in one transaction: entity changes are flushed, then the emitted events are appended
 * to the log, then everything commits together. `onCommitted` runs after the commit. Inside an
 * open transaction of the same async context it nests (a savepoint of that transaction, never a
 * second connection) and its `onCommitted` waits for the outermost commit. A statement stopped by
 * its database deadline surfaces as TimeoutError; a value the database refused as malformed as
 * InvalidInput (the client's mistake).
 */
export async function runInTransaction<T>(
  em: EntityManager,
  events: EventRegistry,
  fn: (tx: Tx) => Promise<T>,
  onCommitted: (committed: Committed) => void,
  { account = null, deadline, clock }: TransactionOptions = {},
): Promise<T> {
  const outer = currentTx();
  const pending: PendingEvent[] = [];
  const after: Committed['after'] = [];
  let deferred: (() => void)[] = [];
  let result: T;
  try {
    result = await (outer?.em ?? em).transactional((txEm) =>
      inTxScope(txEm, async (scope) => {
        const tx: Tx = {
          em: txEm,
          emit(type: string, payload: unknown, audience: Audience) {
            const at = clock?.simulated ? clock.now() : null;
            pending.push({ type, payload: events.parse(type, payload), audience, at });
          },
          now: () => clock?.now() ?? new Date(),
          enqueue: (job: string, payload: Record<string, unknown>, options?: EnqueueOptions) =>
            addJob(txEm, job, payload, options),
          dequeue: (key: string) => removeJob(txEm, key),
          afterCommit: (hook) => {
            after.push(hook);
          },
          once: (options, work) => once(tx, account, options, work),
        };
        deferred = scope.deferred;
        if (deadline?.aborted) throw new TimeoutError();
        const value = await fn(tx);
        await txEm.flush();
        await appendEvents(txEm, pending);
        if (deadline?.aborted) throw new TimeoutError();
        return value;
      }),
    );
  } catch (error) {
    throw asTimeout(error) ?? asInvalidInput(error) ?? error;
  }
  const done = () => onCommitted({ emitted: pending.length > 0, after });
  if (outer) outer.deferred.push(done, ...deferred);
  else for (const run of [done, ...deferred]) run();
  return result;
}
