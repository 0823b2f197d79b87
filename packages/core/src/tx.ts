import type { EntityManager } from '@mikro-orm/postgresql';
import type { Audience } from './events/audience.ts';
import { appendEvents, type PendingEvent } from './events/log.ts';
import type { EventRegistry } from './events/registry.ts';
import { addJob, removeJob } from './jobs/queue.ts';
import type { EnqueueOptions, Tx } from './plugin.ts';

/**
 * Runs `fn` in one transaction: entity changes are flushed, then the emitted events are appended
 * to the log, then everything commits together. `onCommitted` runs only after a commit that
 * emitted events (it wakes the dispatcher).
 */
export async function runInTransaction<T>(
  em: EntityManager,
  events: EventRegistry,
  fn: (tx: Tx) => Promise<T>,
  onCommitted: () => void,
): Promise<T> {
  const pending: PendingEvent[] = [];
  const result = await em.transactional(async (txEm) => {
    const tx: Tx = {
      em: txEm,
      emit(type: string, payload: unknown, audience: Audience) {
        pending.push({ type, payload: events.parse(type, payload), audience });
      },
      enqueue: (job: string, payload: Record<string, unknown>, options?: EnqueueOptions) => addJob(txEm, job, payload, options),
      dequeue: (key: string) => removeJob(txEm, key),
    };
    const value = await fn(tx);
    await txEm.flush();
    await appendEvents(txEm, pending);
    return value;
  });
  if (pending.length > 0) onCommitted();
  return result;
}
