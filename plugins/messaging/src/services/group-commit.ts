import { Coalescer, type Runtime, type Tx } from '@lacewire/core';

/**
 * Writes a batch in one transaction. Returns one entry per unit, in order: its result, or an
 * Error that refuses that unit alone (the others still commit). Throwing fails the whole batch.
 */
export type BatchWriter<U, R> = (tx: Tx, units: U[]) => Promise<(R | Error)[]>;

interface Item<U, R> {
  unit: U;
  fallback: () => Promise<R>;
}

/**
 * Group commit: units that arrive while a transaction is running are written together in the
 * next one (core's Coalescer), so many messages share one statement and one commit (one WAL
 * flush, one turn of the event log's commit-order lock).
 *
 * When a batch fails (a race with another instance, a deadlock), every unit of it runs again
 * through its own fallback.
 */
export class GroupCommit<U, R> {
  readonly #batches: Coalescer<Item<U, R>, R>;

  constructor(runtime: Runtime, write: BatchWriter<U, R>, max = 256) {
    this.#batches = new Coalescer(async (items) => {
      try {
        return await runtime.tx((tx) =>
          write(
            tx,
            items.map((item) => item.unit),
          ),
        );
      } catch {
        return Promise.all(items.map((item) => item.fallback().catch(asError)));
      }
    }, max);
  }

  run(unit: U, fallback: () => Promise<R>): Promise<R> {
    return this.#batches.run({ unit, fallback });
  }
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));
