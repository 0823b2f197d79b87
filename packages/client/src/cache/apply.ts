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
  /** The signed-in account's local id (null: not known). */
  me(): string | null;
  /** Who signs in to this app (see LacewireOptions.viewer); undefined when the app does not say. */
  viewer: Viewer | undefined;
}

/** Who signs in to an app: a customer (the portal) or staff (the console). */
export type Viewer = 'customer' | 'staff';

/**
 * An event as the cache sees it: `refetched` when it runs again after its entity was fetched,
 * `fetched` naming the query that fetched it.
 */
export type AppliedEvent = StreamEvent & { refetched?: boolean; fetched?: string };

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
    const name = operationName(query);
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
      if (!result.error) replay({ ...event, refetched: true, fetched: name });
      if (state.again) this.fetch(query, variables, state.again, replay);
    });
  }
}

function operationName(query: DocumentInput<any, AnyVariables>): string | undefined {
  if (typeof query === 'string') return /(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
  for (const d of query.definitions) if (d.kind === 'OperationDefinition') return d.name?.value;
  return undefined;
}

/** What the appliers are told about the app they run in. */
export interface ApplyOptions {
  me: () => string | null;
  viewer?: Viewer;
}

/** The context every applier gets. */
export function applyContext(bridge: StreamBridge, fetches: EntityFetches, options: ApplyOptions): ApplyContext {
  return {
    fetchEntity: (query, variables, event) => fetches.fetch(query, variables, event, (e) => bridge.replay(e)),
    shownAlone: (id) => bridge.shownAlone(id),
    shows: (fieldName) => bridge.shows(fieldName),
    me: options.me,
    viewer: options.viewer,
  };
}

/** The event that empties the cache (another account signed in); never sent by the server. */
export const CLEAR_EVENT = 'lacewire.cacheCleared';

/**
 * Empties the cache: every entity reachable from the root loses its fields and the root its
 * links, so nothing of the previous account can be read again (Graphcache's collector then drops
 * the records); the queries on screen ask the server again.
 */
export function clearCache(cache: Cache): void {
  const seen = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'string' && !seen.has(value) && typeof cache.resolve(value, '__typename') === 'string') {
      seen.add(value);
      for (const field of cache.inspectFields(value)) visit(cache.resolve(value, field.fieldKey));
    }
  };
  const roots = cache.inspectFields('Query');
  for (const field of roots) visit(cache.resolve('Query', field.fieldKey));
  for (const key of seen) cache.invalidate(key);
  for (const field of roots) cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
}

/** The `Subscription.events` updater: every applier for the event's type, in the cache's write. */
export function eventUpdater(appliers: Appliers, context: ApplyContext) {
  return (parent: { events?: AppliedEvent | null }, _args: unknown, cache: Cache) => {
    const event = parent.events;
    if (!event?.type) return;
    if (event.type === CLEAR_EVENT) return clearCache(cache);
    for (const applier of appliersFor(appliers, event.type)) {
      try {
        applier(event, cache, context);
      } catch (error) {
        console.error(`[lacewire] applying ${event.type} to the cache failed`, error);
      }
    }
  };
}
