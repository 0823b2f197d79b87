interface Waiting<U, R> {
  unit: U;
  resolve: (value: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Handles a batch of units with as few round trips as possible. Returns one entry per unit, in
 * order: its result, or an Error that refuses that unit alone. Throwing fails every unit of it.
 */
export type BatchRun<U, R> = (units: U[]) => Promise<(R | Error)[]>;

/**
 * Runs concurrent calls together, across requests: the first call goes at once; calls made while
 * a batch is under way wait for it and then go together in the next one, in arrival order. Under
 * light load every call runs alone, so latency does not grow; under heavy load batches grow
 * instead of queues of round trips (group commit, shared lookups). Nothing is cached: every call
 * is answered by a batch that started after it was made.
 */
export class Coalescer<U, R> {
  readonly #run: BatchRun<U, R>;
  readonly #max: number;
  readonly #queue: Waiting<U, R>[] = [];
  #active = false;

  constructor(run: BatchRun<U, R>, max = 256) {
    this.#run = run;
    this.#max = max;
  }

  run(unit: U): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.#queue.push({ unit, resolve, reject });
      if (!this.#active) void this.#drain();
    });
  }

  async #drain() {
    this.#active = true;
    try {
      while (this.#queue.length > 0) {
        const batch = this.#queue.splice(0, this.#max);
        try {
          const values = await this.#run(batch.map((waiting) => waiting.unit));
          for (const [i, waiting] of batch.entries()) {
            const value = values[i];
            if (value instanceof Error) waiting.reject(value);
            else waiting.resolve(value);
          }
        } catch (error) {
          for (const waiting of batch) waiting.reject(error);
        }
      }
    } finally {
      this.#active = false;
    }
  }
}
