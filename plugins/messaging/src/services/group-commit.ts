import type { Runtime, Tx } from '@lacewire/core';

interface Item<U, R> {
  unit: U;
  fallback: () => Promise<R>;
  resolve: (value: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Writes a batch in one transaction. Returns one entry per unit, in order: its result, or an
 * Error that refuses that unit alone (the others still commit). Throwing fails the whole batch.
 */
export type BatchWriter<U, R> = (tx: Tx, units: U[]) => Promise<(R | Error)[]>;

/**
 * Group commit: units that arrive while a transaction is running are written together in the
 * next one, so many messages share one statement and one commit (one WAL flush, one turn of the
 * event log's commit-order lock). Under light load every unit has its own transaction, so latency
 * does not grow; under heavy load batches grow instead of queues of transactions.
 *
 * Units keep their arrival order. When a batch fails (a race with another instance, a deadlock),
 * every unit of it runs again through its own fallback.
 */
export class GroupCommit<U, R> {
  readonly #runtime: Runtime;
  readonly #write: BatchWriter<U, R>;
  readonly #max: number;
  readonly #queue: Item<U, R>[] = [];
  #active = false;

  constructor(runtime: Runtime, write: BatchWriter<U, R>, max = 256) {
    this.#runtime = runtime;
    this.#write = write;
    this.#max = max;
  }

  run(unit: U, fallback: () => Promise<R>): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.#queue.push({ unit, fallback, resolve, reject });
      if (!this.#active) void this.#drain();
    });
  }

  async #drain() {
    this.#active = true;
    try {
      while (this.#queue.length > 0) {
        const batch = this.#queue.splice(0, this.#max);
        let values: (R | Error)[];
        try {
          values = await this.#runtime.tx((tx) =>
            this.#write(
              tx,
              batch.map((item) => item.unit),
            ),
          );
        } catch {
          await Promise.all(
            batch.map(async (item) => {
              try {
                item.resolve(await item.fallback());
              } catch (error) {
                item.reject(error);
              }
            }),
          );
          continue;
        }
        for (const [i, item] of batch.entries()) {
          const value = values[i];
          if (value instanceof Error) item.reject(value);
          else item.resolve(value);
        }
      }
    } finally {
      this.#active = false;
    }
  }
}
