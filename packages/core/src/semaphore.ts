import { RateLimitedError } from './errors.ts';

/** Permits with a queue: waiters wait in memory, in arrival order, holding nothing. */
export class Semaphore {
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

  /**
   * Resolves with a release function, or rejects with RateLimited when none frees up in
   * `maxWaitMs`. `first` waits ahead of the others (work others are waiting on).
   */
  acquire(maxWaitMs: number, first = false): Promise<() => void> {
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
      if (first) this.#waiting.unshift(grant);
      else this.#waiting.push(grant);
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
