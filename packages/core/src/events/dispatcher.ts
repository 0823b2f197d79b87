import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { type Backoff, backoffDelay } from '../backoff.ts';
import { exec, rows, sql } from '../database/sql.ts';
import type { EventHandler, HandlerContext, Tx } from '../plugin.ts';
import { EventHorizon } from './horizon.ts';
import { type LoggedEvent, readEvents } from './log.ts';

/** A failing consumer waits 2 s, 4 s, 8 s … up to 5 minutes before its next try. */
const CONSUMER_RETRY: Backoff = { baseMs: 2000, maxMs: 300_000 };

export interface Consumer {
  name: string;
  type: string;
  handler: EventHandler;
}

type Listener = (event: LoggedEvent) => void;

export interface DispatcherOptions {
  em: () => EntityManager;
  log: Logger;
  consumers: Consumer[];
  /**
   * Runs a handler in a nested transaction; resolves to what to do once the outer transaction
   * (with the consumer's cursor) committed: wake every instance if it emitted, run its hooks.
   */
  runHandler: (em: EntityManager, fn: (tx: Tx) => Promise<void>) => Promise<() => void>;
  handlerContext: (tx: Tx) => HandlerContext;
  pollMs: number;
  maxAttempts?: number;
  /**
   * While true, `on` handlers run only in settle(): a seed laying down history runs them between
   * its own transactions, never beside one (no lock waits between the two, the same result on
   * every database).
   */
  holdHandlers?: () => boolean;
}

const BATCH = 500;
/**
 * A pass that found ids not yet safe (their transactions still running) looks again this soon:
 * those may be transactions that emit nothing and so wake nobody when they end.
 */
const PENDING_RETRY_MS = 3;
/** Events one consumer handles in one transaction (one cursor update, one commit, one savepoint). */
const HANDLE_BATCH = 100;

/**
 * Tails the event log on every instance: publishes committed events in id order to local
 * subscribers, then runs `on` handlers. Each handler is a durable consumer with its own cursor
 * row, advanced in the same transaction as the handler's writes (exactly-once effects); one
 * instance at a time holds it (row lock). A consumer with a backlog handles up to HANDLE_BATCH
 * events, one after the other, in one transaction. When one of them fails, the batch is rolled
 * back whole and its events are handled one per transaction up to the failing one. Failures back
 * off exponentially and, after `maxAttempts`, the event is parked in `lw_dead_event` so the
 * consumer moves on.
 */
export class Dispatcher {
  readonly #options: DispatcherOptions;
  readonly #listeners = new Set<Listener>();
  readonly #dispatchedHooks = new Set<Listener>();
  #position = '0';
  /** Publishing reads only up to the log's safe end: a later commit of a lower id is never skipped. */
  readonly #horizon = new EventHorizon();
  #timer: NodeJS.Timeout | undefined;
  #retry: NodeJS.Timeout | undefined;
  /** Publishing to subscribers and running `on` handlers are separate loops: a slow handler never delays live delivery. */
  #publishing: Promise<void> | null = null;
  #publishAgain = false;
  #consuming: Promise<void> | null = null;
  #consumeAgain = false;
  #settling = 0;
  #stopped = false;
  /** Wakes before start (a seed's commits) wait for it: start finds the log's safe end first. */
  #started = false;
  /** Per consumer: how many more events to handle one per transaction (after a failed batch). */
  readonly #oneByOne = new Map<string, number>();
  /** The newest published event of each type, and per consumer the position it was last found caught up to. */
  readonly #newestOfType = new Map<string, bigint>();
  readonly #caughtUp = new Map<string, bigint>();

  constructor(options: DispatcherOptions) {
    this.#options = options;
  }

  /** The last id published here: replays read up to it, live delivery starts after it. */
  get position(): string {
    return this.#position;
  }

  async start(): Promise<void> {
    const em = this.#options.em();
    this.#position = await this.#horizon.catchUp(em, (xids) =>
      this.#options.log.warn(
        { xids },
        'waiting for open transactions in this database before serving events (see docs/deployment.md, the event log)',
      ),
    );
    const names = this.#options.consumers.map((c) => c.name);
    if (names.length > 0) {
      // A new consumer starts at the current end of the log: it reacts to what happens from now on.
      await exec(
        em,
        sql`insert into lw_consumer (name, position) select n, ${this.#position}::bigint
              from unnest(${names}::text[]) as n on conflict (name) do nothing`,
      );
    }
    this.#started = true;
    this.#timer = setInterval(() => this.wake(), this.#options.pollMs);
    this.#timer.unref();
    this.wake();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#timer);
    clearTimeout(this.#retry);
    await this.#publishing;
    await this.#consuming;
  }

  /** Local subscribers (subscriptions); called synchronously in id order. */
  listen(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Per-instance hooks after an event is published (e.g. close a revoked session's sockets). */
  onDispatched(hook: Listener): () => void {
    this.#dispatchedHooks.add(hook);
    return () => this.#dispatchedHooks.delete(hook);
  }

  get listenerCount(): number {
    return this.#listeners.size;
  }

  /** Asks for a pass soon; passes never overlap, a wake during a pass causes one more. */
  wake(): void {
    if (this.#stopped || !this.#started) return;
    if (this.#publishing) {
      this.#publishAgain = true;
      return;
    }
    this.#publishing = this.#publish()
      .catch((error) => this.#options.log.error({ err: error }, 'event dispatch failed'))
      .finally(() => {
        this.#publishing = null;
        this.#consume();
        if (this.#publishAgain) {
          this.#publishAgain = false;
          this.wake();
        } else if (this.#horizon.pending && !this.#retry) {
          this.#retry = setTimeout(() => {
            this.#retry = undefined;
            this.wake();
          }, PENDING_RETRY_MS);
        }
      });
  }

  /** Runs the `on` handlers for what has been published; never overlaps itself. */
  #consume(): void {
    if (this.#stopped || (this.#settling === 0 && this.#options.holdHandlers?.())) return;
    if (this.#consuming) {
      this.#consumeAgain = true;
      return;
    }
    this.#consuming = this.#handle()
      .catch((error) => this.#options.log.error({ err: error }, 'event handlers failed'))
      .finally(() => {
        this.#consuming = null;
        if (this.#consumeAgain) {
          this.#consumeAgain = false;
          this.#consume();
        }
      });
  }

  /** Resolves once everything committed so far has been published and handled here. */
  async settle(): Promise<void> {
    this.#settling++;
    try {
      this.wake();
      for (;;) {
        while (this.#publishing || this.#consuming) {
          await this.#publishing;
          await this.#consuming;
        }
        if (!this.#horizon.pending || this.#stopped) return;
        await new Promise((resolve) => setTimeout(resolve, PENDING_RETRY_MS));
        this.wake();
      }
    } finally {
      this.#settling--;
    }
  }

  async #publish(): Promise<void> {
    const em = this.#options.em();
    const upTo = await this.#horizon.advance(em);
    for (;;) {
      const events = await readEvents(em, { after: this.#position, upTo, limit: BATCH });
      for (const event of events) {
        this.#position = event.id;
        this.#newestOfType.set(event.type, BigInt(event.id));
        for (const listener of this.#listeners) listener(event);
        for (const hook of this.#dispatchedHooks) hook(event);
      }
      if (events.length < BATCH) break;
    }
  }

  /**
   * Visits only consumers that may have work: one whose cursor was found caught up is skipped
   * until an event of its type is published (most events concern a few of the many consumers).
   */
  async #handle(): Promise<void> {
    for (const consumer of this.#options.consumers) {
      const caughtUp = this.#caughtUp.get(consumer.name);
      if (caughtUp !== undefined && caughtUp >= (this.#newestOfType.get(consumer.type) ?? 0n)) continue;
      while (!this.#stopped && (await this.#consumeOne(consumer))) {
        /* keep going while there is work for this consumer */
      }
    }
  }

  /** Handles the consumer's next events; false when nothing is left (or it is not ours now). */
  async #consumeOne(consumer: Consumer): Promise<boolean> {
    const maxAttempts = this.#options.maxAttempts ?? 8;
    const oneByOne = this.#oneByOne.get(consumer.name) ?? 0;
    let committed: (() => void) | null = null;
    let failedBatch = 0;
    // Set when every event of the consumer's type up to `upTo` is handled once this commits.
    let caughtUpTo: bigint | null = null;
    const upTo = this.#position;
    const handled = await this.#options.em().transactional(async (em) => {
      const [row] = await rows<{ position: string; attempts: number }>(
        em,
        sql`select position, attempts from lw_consumer
             where name = ${consumer.name} and (retry_at is null or retry_at <= now()) for update skip locked`,
      );
      if (!row) return false;
      const limit = oneByOne > 0 || row.attempts > 0 ? 1 : HANDLE_BATCH;
      const events = await readEvents(em, { after: row.position, upTo, types: [consumer.type], limit });
      if (events.length < limit) caughtUpTo = BigInt(upTo);
      if (events.length === 0) return false;
      const last = events[events.length - 1];
      let failing = 0;
      try {
        committed = await this.#options.runHandler(em, async (tx) => {
          for (const [i, event] of events.entries()) {
            failing = i;
            await consumer.handler(event, this.#options.handlerContext(tx));
            // The next handler sees this one's changes, as it would after a commit.
            await tx.em.flush();
          }
        });
        await exec(
          em,
          sql`update lw_consumer set position = ${last.id}, attempts = 0, last_error = null, retry_at = null where name = ${consumer.name}`,
        );
        if (oneByOne > 0) this.#oneByOne.set(consumer.name, oneByOne - 1);
        return true;
      } catch (error) {
        caughtUpTo = null;
        if (events.length > 1) {
          // Nothing of the batch stays (its savepoint rolled back): go one event at a time up to
          // the failing one, so that only it counts an attempt.
          failedBatch = failing + 1;
          return true;
        }
        const [event] = events;
        const message = error instanceof Error ? error.message : String(error);
        const attempts = row.attempts + 1;
        this.#options.log.warn({ consumer: consumer.name, event: event.id, attempts, err: error }, 'event handler failed');
        if (attempts >= maxAttempts) {
          await exec(
            em,
            sql`insert into lw_dead_event (consumer, event_id, error) values (${consumer.name}, ${event.id}, ${message}) on conflict do nothing`,
          );
          await exec(
            em,
            sql`update lw_consumer set position = ${event.id}, attempts = 0, last_error = ${message}, retry_at = null where name = ${consumer.name}`,
          );
          if (oneByOne > 0) this.#oneByOne.set(consumer.name, oneByOne - 1);
          return true;
        }
        const delaySeconds = backoffDelay(attempts, CONSUMER_RETRY) / 1000;
        await exec(
          em,
          sql`update lw_consumer set attempts = ${attempts}, last_error = ${message},
                retry_at = now() + make_interval(secs => ${delaySeconds}) where name = ${consumer.name}`,
        );
        return false;
      }
    });
    if (failedBatch > 0) this.#oneByOne.set(consumer.name, failedBatch);
    if (caughtUpTo !== null) this.#caughtUp.set(consumer.name, caughtUpTo);
    // Only now are the handler's events committed: a wake from inside its transaction finds nothing.
    (committed as (() => void) | null)?.();
    return handled && caughtUpTo === null;
  }
}
