import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The platform's time: the wall clock, except while a seed runs the platform at past moments to
 * lay down demo history (SeedContext.setClock). Then every transaction, event and `on` handler of
 * this instance happens at the seed's time, through the same services as live work: services read
 * it as `tx.now()` rather than `new Date()`. A reaction to a seed's event happens at that event's
 * time, whenever the seed lets the handlers run. Nothing else runs while seeds do (no requests,
 * no jobs).
 */
export class PlatformClock {
  #at: number | null = null;
  readonly #reacting = new AsyncLocalStorage<number>();

  now(): Date {
    return new Date(this.#reacting.getStore() ?? this.#at ?? Date.now());
  }

  /** True while a seed has set the time: events are then stamped with it instead of the database's now(). */
  get simulated(): boolean {
    return this.#at !== null;
  }

  /** Seeds only (through SeedContext.setClock); null returns to the wall clock. */
  set(at: Date | null): void {
    this.#at = at ? at.getTime() : null;
  }

  /** Runs a handler at the time of the event it reacts to, while the clock is a seed's. */
  reacting<T>(at: Date, fn: () => Promise<T>): Promise<T> {
    return this.simulated ? this.#reacting.run(at.getTime(), fn) : fn();
  }
}
