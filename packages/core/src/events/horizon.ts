import type { EntityManager } from '@mikro-orm/postgresql';
import { rows, sql } from '../database/sql.ts';

interface Candidate {
  upTo: bigint;
  /** Transactions that may hold an id <= upTo and had not finished when it was taken. */
  xids: string[];
}

/** Candidates kept waiting at most; dropping the oldest only delays nothing a newer one covers. */
const MAX_CANDIDATES = 32;

/**
 * The safe end of the event log: the largest id H such that no event with an id <= H can still
 * commit. Writers take ids from a sequence without any lock between them, so a transaction that
 * took id 5 may commit after the one that took id 6; a reader that went past 6 would skip 5 for
 * good. Readers therefore read only up to H.
 *
 * Each `advance` asks the database (lw_event_probe) for the newest id handed out so far and the
 * transactions still running that may hold an id up to it. That id becomes a candidate; a
 * candidate is safe once none of its transactions is running any more (committed: its events are
 * visible to the next statement; aborted or killed: its ids are gaps for ever). One round trip;
 * the newest safe candidate becomes H. When nothing runs, the newest id is safe at once.
 * Calls must not overlap (the dispatcher's passes never do): each checks only the transactions
 * of the candidates it knew when it asked.
 */
export class EventHorizon {
  #safe = 0n;
  #candidates: Candidate[] = [];

  get safe(): string {
    return String(this.#safe);
  }

  /** Ids were handed out that are not safe yet (their transactions were still running). */
  get pending(): boolean {
    return this.#candidates.length > 0;
  }

  /** Moves H as far as the database allows now; the next statement sees every event <= H. */
  async advance(em: EntityManager): Promise<string> {
    const waiting = [...new Set(this.#candidates.flatMap((c) => c.xids))];
    const [probe] = await rows<{ last_id: string; running: string[]; still: string[] }>(
      em,
      sql`select last_id, running::text[] as running, still::text[] as still from lw_event_probe(${waiting}::xid[])`,
    );
    const upTo = BigInt(probe.last_id);
    const newest = this.#candidates.at(-1);
    if (upTo > this.#safe && (!newest || upTo > newest.upTo)) {
      this.#candidates.push({ upTo, xids: probe.running });
    }
    const still = new Set(probe.still);
    for (let i = this.#candidates.length - 1; i >= 0; i--) {
      const candidate = this.#candidates[i];
      if (candidate.xids.some((x) => still.has(x))) continue;
      if (candidate.upTo > this.#safe) this.#safe = candidate.upTo;
      this.#candidates.splice(0, i + 1);
      break;
    }
    if (this.#candidates.length > MAX_CANDIDATES) this.#candidates.splice(0, this.#candidates.length - MAX_CANDIDATES);
    return this.safe;
  }

  /**
   * Advances until every id handed out before the call is safe (start-up: a position to begin
   * at). A writing transaction left open in this database holds it: `onWait` hears of it after
   * `warnAfterMs`, once, with the transaction ids it waits for.
   */
  async catchUp(em: EntityManager, onWait?: (xids: string[]) => void, warnAfterMs = 5000): Promise<string> {
    const started = Date.now();
    let warned = false;
    await this.advance(em);
    const target = this.#candidates.at(-1)?.upTo ?? this.#safe;
    while (this.#safe < target) {
      if (!warned && Date.now() - started > warnAfterMs) {
        warned = true;
        onWait?.([...new Set(this.#candidates.flatMap((c) => c.xids))]);
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
      await this.advance(em);
    }
    return this.safe;
  }
}
