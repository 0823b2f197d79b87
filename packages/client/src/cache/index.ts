import type { Client, Exchange } from '@urql/core';
import { type Cache, cacheExchange } from '@urql/exchange-graphcache';
import { localId } from '../ids.ts';
import type { EventStream } from '../stream.ts';
import { type Appliers, applyContext, CLEAR_EVENT, EntityFetches, eventUpdater, type Viewer } from './apply.ts';
import { conversationAppliers, linkSentMessage } from './conversations.ts';
import { KEYLESS_TYPES, POSSIBLE_TYPES } from './shape.ts';
import { CACHE_EVENTS, StreamBridge } from './stream-exchange.ts';
import { orderAppliers } from './work-orders.ts';

/** Every applier of the shared client, by event type or prefix. */
export const APPLIERS: Appliers = { ...orderAppliers, ...conversationAppliers };

/** What mutations' answers change beyond the entities they return. */
const MUTATION_UPDATES: Record<string, (result: any, args: any, cache: Cache) => void> = {
  sendMessage: linkSentMessage,
};

export interface NormalizedCacheOptions {
  appliers?: Appliers;
  /** The signed-in account's id (global or local; null when signed out). */
  account?: () => string | null | undefined;
  viewer?: Viewer;
}

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
  readonly #options: NormalizedCacheOptions;

  constructor(options: NormalizedCacheOptions = {}) {
    this.#options = options;
  }

  /** The exchanges in the client's order: screens noted, the cache, …extra…, events from the stream. */
  exchanges(stream: EventStream): { before: Exchange[]; after: Exchange[] } {
    const account = this.#options.account;
    const context = applyContext(this.bridge, this.fetches, {
      me: () => {
        const id = account?.();
        return id ? localId(id) : null;
      },
      viewer: this.#options.viewer,
    });
    const cache = cacheExchange({
      keys: Object.fromEntries(KEYLESS_TYPES.map((type) => [type, () => null])),
      possibleTypes: POSSIBLE_TYPES as Record<string, string[]>,
      updates: {
        Subscription: { events: eventUpdater(this.#options.appliers ?? APPLIERS, context) },
        Mutation: MUTATION_UPDATES,
      },
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

  /** Empties the cache (another account signed in): nothing of the previous one stays readable. */
  clear(): void {
    this.bridge.replay({ cursor: '', type: CLEAR_EVENT, payload: null, at: new Date().toISOString() });
  }
}

export {
  type AppliedEvent,
  type Applier,
  type Appliers,
  type ApplyContext,
  EntityFetches,
  type Viewer,
} from './apply.ts';
export { CONVERSATION_CARD } from './conversations.ts';
export { MESSAGE } from './messages.ts';
export { CACHE_EVENTS, StreamBridge } from './stream-exchange.ts';
export { applyOrderEvent, ORDER_CARD } from './work-orders.ts';
