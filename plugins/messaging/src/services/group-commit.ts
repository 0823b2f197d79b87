import type { Runtime, Tx } from '@lacewire/core';

interface Item {
  key: string;
  work: (tx: Tx) => Promise<any>;
  fallback: () => Promise<any>;
  resolve: (value: any) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: units of work that arrive while a transaction is running are written together in
 * the next one, so many messages share one commit (one WAL flush, one turn of the event log's
 * commit-order lock). Under light load every unit has its own transaction, so latency does not
 * grow; under heavy load batches grow instead of queues of transactions.
 *
 * Units run in the batch in arrival order, stably sorted by key (the conversation: the same lock
 * order on every instance). A unit must only write through the given tx. When the batch fails
 * (a race with another instance, a deadlock), every unit runs again through its own fallback.
 */
export class GroupCommit {
  readonly #runtime: Runtime;
  readonly #max: number;
  readonly #queue: Item[] = [];
  #active = false;

  constructor(runtime: Runtime, max = 256) {
    this.#runtime = runtime;
    this.#max = max;
  }

  run<T>(key: string, work: (tx: Tx) => Promise<T>, fallback: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ key, work, fallback, resolve, reject });
      if (!this.#active) void this.#drain();
    });
  }

  async #drain() {
    this.#active = true;
    try {
      while (this.#queue.length > 0) {
        const batch = this.#queue.splice(0, this.#max).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
        let values: unknown[];
        try {
          values = await this.#runtime.tx(async (tx) => {
            const out: unknown[] = [];
            for (const item of batch) out.push(await item.work(tx));
            return out;
          });
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
        for (const [i, item] of batch.entries()) item.resolve(values[i]);
      }
    } finally {
      this.#active = false;
    }
  }
}
