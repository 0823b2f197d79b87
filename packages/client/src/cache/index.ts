import type { Client, Exchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import type { EventStream } from '../stream.ts';
import { type Appliers, EntityFetches, eventUpdater } from './apply.ts';
import { KEYLESS_TYPES, POSSIBLE_TYPES } from './shape.ts';
import { CACHE_EVENTS, StreamBridge } from './stream-exchange.ts';
import { orderAppliers } from './work-orders.ts';

/** Every applier of the shared client, by event type or prefix. */
export const APPLIERS: Appliers = { ...orderAppliers };

/**
 * The apps' normalized cache (urql Graphcache): entities by `__typename` and global id, types
 * without an id embedded in their parent, fragments on interfaces and unions matched exactly.
 * Events from the app's one stream are applied to it (cache/apply.ts): their payloads written,
 * or the one changed entity fetched, so screens update without refetching their lists.
 */
export class NormalizedCache {
  readonly bridge = new StreamBridge();
  /** Entity fetches made for events (bench/ and tests count them). */
  readonly fetches = new EntityFetches();
  readonly #appliers: Appliers;

  constructor(appliers: Appliers = APPLIERS) {
    this.#appliers = appliers;
  }

  /** The exchanges in the client's order: screens noted, the cache, …extra…, events from the stream. */
  exchanges(stream: EventStream): { before: Exchange[]; after: Exchange[] } {
    const cache = cacheExchange({
      keys: Object.fromEntries(KEYLESS_TYPES.map((type) => [type, () => null])),
      possibleTypes: POSSIBLE_TYPES as Record<string, string[]>,
      updates: { Subscription: { events: eventUpdater(this.#appliers, this.bridge, this.fetches) } },
    });
    return { before: [this.bridge.screens, cache], after: [this.bridge.events(stream)] };
  }

  /** Starts applying the stream's events to the client's cache, and refetching on a resync. */
  start(client: Client, stream: EventStream): () => void {
    this.fetches.bind(client);
    const subscription = client.subscription(CACHE_EVENTS, {}).subscribe(() => {});
    const offResync = stream.onResync(() => this.bridge.refetchAll());
    return () => {
      subscription.unsubscribe();
      offResync();
    };
  }
}

export { type AppliedEvent, type Applier, type Appliers, type ApplyContext, EntityFetches } from './apply.ts';
export { CACHE_EVENTS, StreamBridge } from './stream-exchange.ts';
export { applyOrderEvent, ORDER_CARD } from './work-orders.ts';
