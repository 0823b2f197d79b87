import type { SeedContext, Tx } from '@lacewire/core';

/** Something that happens at a moment of the history, through the services that do it live. */
interface Act {
  at: number;
  order: number;
  run: (tx: Tx) => Promise<void>;
}

/**
 * The acts of the demo history, replayed in time order with the platform's clock at each act's
 * moment; a day's acts share a transaction (a commit per day, not per act). The `on` handlers
 * react at each event's own time whenever they run (clock.ts), so they run once, at the end,
 * each handling its events a hundred to a transaction. Work that needs what they made (the
 * follow-up calls aftercare schedules after each pickup) comes after that, at its own times.
 * Acts planned after `until` (the wall clock) have not happened yet and are left out.
 */
export class Timeline {
  readonly #acts: Act[] = [];
  readonly #afterwards: ((ctx: SeedContext) => Promise<void>)[] = [];
  readonly until: number;

  constructor(until: number) {
    this.until = until;
  }

  add(at: number, run: (tx: Tx) => Promise<void>) {
    if (at > this.until) return;
    this.#acts.push({ at, order: this.#acts.length, run });
  }

  /** Runs once the reactions to every act are in (it sets the clock itself). */
  afterwards(run: (ctx: SeedContext) => Promise<void>) {
    this.#afterwards.push(run);
  }

  get size() {
    return this.#acts.length;
  }

  async replay(ctx: SeedContext, dayOf: (at: number) => string) {
    const acts = this.#acts.sort((a, b) => a.at - b.at || a.order - b.order);
    let i = 0;
    while (i < acts.length) {
      const day = dayOf(acts[i].at);
      const batch: Act[] = [];
      while (i < acts.length && dayOf(acts[i].at) === day) batch.push(acts[i++]);
      await ctx.tx(async (tx) => {
        for (const act of batch) {
          await ctx.setClock(new Date(act.at));
          await act.run(tx);
          await tx.em.flush();
        }
      });
    }
    await ctx.settle();
    for (const run of this.#afterwards) await run(ctx);
    await ctx.settle();
  }
}
