import { RateLimitedError } from './errors.ts';

/** Permits with a queue: waiters wait in memory, holding no database connection. */
class Semaphore {
  readonly #permits: number;
  #free: number;
  readonly #waiting: (() => void)[] = [];

  constructor(permits: number) {
    this.#permits = permits;
    this.#free = permits;
  }

  /** Nobody holds or waits for a permit. */
  get idle(): boolean {
    return this.#free === this.#permits;
  }

  /** Resolves with a release function, or rejects with RateLimited when none frees up in `maxWaitMs`. */
  acquire(maxWaitMs: number): Promise<() => void> {
    if (this.#free > 0) {
      this.#free--;
      return Promise.resolve(this.#releaser());
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        clearTimeout(timer);
        resolve(this.#releaser());
      };
      const timer = setTimeout(() => {
        this.#waiting.splice(this.#waiting.indexOf(grant), 1);
        reject(new RateLimitedError(1));
      }, maxWaitMs);
      this.#waiting.push(grant);
    });
  }

  #releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#waiting.shift();
      if (next) next();
      else this.#free++;
    };
  }
}

export interface LaneOptions {
  /** Operations of one key (a store, a conversation) running at once on this instance. */
  perKey: number;
  /** Operations of every key together: this request class's share of the connection pool. */
  total: number;
  /** How long one may wait for its turn before it is answered RateLimited (retry shortly). */
  maxWaitMs: number;
}

/**
 * A connection budget for one request class (bookings, one store's writes): at most `perKey`
 * operations per key and `total` overall hold a pooled connection at once; the rest queue here,
 * in memory, in arrival order. A burst on one key then waits for that key's turn instead of
 * draining the pool that every other request needs; a key is always entered before the total, so
 * a busy key never holds a share of the total while it waits.
 */
export class Lanes {
  readonly #options: LaneOptions;
  readonly #keys = new Map<string, Semaphore>();
  readonly #total: Semaphore;

  constructor(options: LaneOptions) {
    this.#options = options;
    this.#total = new Semaphore(options.total);
  }

  async run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    let lane = this.#keys.get(key);
    if (!lane) this.#keys.set(key, (lane = new Semaphore(this.#options.perKey)));
    const started = Date.now();
    const leaveLane = await lane.acquire(this.#options.maxWaitMs);
    try {
      const leaveTotal = await this.#total.acquire(Math.max(1, this.#options.maxWaitMs - (Date.now() - started)));
      try {
        return await fn();
      } finally {
        leaveTotal();
      }
    } finally {
      leaveLane();
      if (lane.idle && this.#keys.get(key) === lane) this.#keys.delete(key);
    }
  }
}
