import type { AnyVariables, Client, DocumentInput } from '@urql/core';
import type { Cache } from '@urql/exchange-graphcache';
import type { StreamEvent } from '../stream.ts';
import type { StreamBridge } from './stream-exchange.ts';

/** What an event applier may do besides writing to the cache it is given. */
export interface ApplyContext {
  /**
   * Fetches one changed entity (one small query, network-only; the cache writes the answer), then
   * runs the event through the cache again with `event.refetched` set. Calls for the same query and
   * variables while one is pending share it; one made while it is in flight runs again after it.
   */
  fetchEntity(query: DocumentInput<any, AnyVariables>, variables: Record<string, unknown>, event: StreamEvent): void;
  /** A query on screen names this id: the entity's own screen, which refetches it when its fields are invalidated. */
  shownAlone(id: string): boolean;
  /** A query on screen selects a field of this name. */
  shows(fieldName: string): boolean;
}

/** An event as the cache sees it: `refetched` when it runs again after its entity was fetched. */
export type AppliedEvent = StreamEvent & { refetched?: boolean };

/** Applies one kind of event to the normalized cache. */
export type Applier = (event: AppliedEvent, cache: Cache, context: ApplyContext) => void;

/** Appliers by event type or prefix (`order.*`), as the stream routes them. */
export type Appliers = Record<string, Applier>;

function appliersFor(appliers: Appliers, type: string): Applier[] {
  const found: Applier[] = [];
  if (appliers[type]) found.push(appliers[type]);
  const parts = type.split('.');
  for (let i = parts.length - 1; i > 0; i--) {
    const applier = appliers[`${parts.slice(0, i).join('.')}.*`];
    if (applier) found.push(applier);
  }
  return found;
}

/**
 * Entity fetches, one per query and variables at a time. A fetch asked for while the same one is in
 * flight is made again when it returns: its answer may predate the change that asked.
 */
export class EntityFetches {
  readonly #pending = new Map<string, { again: StreamEvent | null }>();
  #client: Client | null = null;
  /** Entity queries sent (for tests and the measurement in bench/). */
  sent = 0;

  bind(client: Client): void {
    this.#client = client;
  }

  fetch(
    query: DocumentInput<any, AnyVariables>,
    variables: Record<string, unknown>,
    event: StreamEvent,
    replay: (event: AppliedEvent) => void,
  ): void {
    const key = `${typeof query === 'string' ? query : JSON.stringify(query.loc?.source.body ?? query)} ${JSON.stringify(variables)}`;
    const pending = this.#pending.get(key);
    if (pending) {
      pending.again = event;
      return;
    }
    const state = { again: null as StreamEvent | null };
    this.#pending.set(key, state);
    // Not from inside the cache's write: the client takes the query once the write is done.
    queueMicrotask(async () => {
      const client = this.#client;
      if (!client) return;
      this.sent++;
      const result = await client.query(query, variables, { requestPolicy: 'network-only' }).toPromise();
      this.#pending.delete(key);
      if (!result.error) replay({ ...event, refetched: true });
      if (state.again) this.fetch(query, variables, state.again, replay);
    });
  }
}

/** The `Subscription.events` updater: every applier for the event's type, in the cache's write. */
export function eventUpdater(appliers: Appliers, bridge: StreamBridge, fetches: EntityFetches) {
  const context: ApplyContext = {
    fetchEntity: (query, variables, event) => fetches.fetch(query, variables, event, (e) => bridge.replay(e)),
    shownAlone: (id) => bridge.shownAlone(id),
    shows: (fieldName) => bridge.shows(fieldName),
  };
  return (parent: { events?: AppliedEvent | null }, _args: unknown, cache: Cache) => {
    const event = parent.events;
    if (!event?.type) return;
    for (const applier of appliersFor(appliers, event.type)) {
      try {
        applier(event, cache, context);
      } catch (error) {
        console.error(`[lacewire] applying ${event.type} to the cache failed`, error);
      }
    }
  };
}
