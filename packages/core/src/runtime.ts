import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { PubSub } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { ConnectionBudgets } from './budgets.ts';
import type { Audience } from './events/audience.ts';
import type { Dispatcher } from './events/dispatcher.ts';
import type { LoggedEvent } from './events/log.ts';
import type { SubscribeOptions } from './events/subscribe.ts';
import type { MessageCatalogue } from './messages.ts';
import type { FeatureDefinition, PluginState, Tx } from './plugin.ts';
import type { LimitKey } from './rate-limit.ts';
import type { Viewer } from './viewer.ts';

/** A signal that is delivered live but never stored (typing indicators, presence). */
export interface EphemeralEvent {
  type: string;
  payload: unknown;
  audience: Audience;
}

export interface SharedTopics {
  [topic: string]: [unknown];
  /** Some instance committed events: every instance's dispatcher should look now. */
  'lw:wake': [number];
  'lw:ephemeral': [EphemeralEvent];
}

/** The running platform as plugins see it (hooks, jobs, handlers, resolvers via ctx.runtime). */
export interface Runtime {
  orm: MikroORM;
  log: Logger;
  production: boolean;
  dispatcher: Dispatcher;
  /** Cross-instance pub/sub: in-process, or Redis when REDIS_URL is set. */
  pubsub: PubSub<SharedTopics>;
  /** Shares of the connection pool by kind of request, and turns per key within a class (budgets.ts). */
  budgets: ConnectionBudgets;
  /**
   * Takes one point of a rate limit (rate-limit.ts) for a hot path, in one statement with the
   * takes of concurrent requests; throws RateLimited when the budget is spent. Outside transactions.
   */
  countAttempt(key: LimitKey): Promise<void>;
  /** A fresh EntityManager fork. */
  em(): EntityManager;
  tx<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** The platform's time (clock.ts): the wall clock except while a seed lays down history. */
  now(): Date;
  /** Replay-then-live stream of the events the viewer may see. */
  subscribe(viewer: Viewer | null, options: SubscribeOptions): AsyncIterable<LoggedEvent>;
  publishEphemeral(event: EphemeralEvent): void;
  /** Every switchable capability the installed plugins declare. */
  features: Map<string, FeatureDefinition & { plugin: string }>;
  featureEnabled(em: EntityManager, storeId: string, feature: string): Promise<boolean>;
  /** Every plugin's user-facing texts, in every language. */
  messages: MessageCatalogue;
  authenticate(token: string): Promise<Viewer | null>;
  /** Whether a plugin is installed on this platform (optional dependencies). */
  has(plugin: string): boolean;
  /** A plugin's state on this platform (use the state's own `of(runtime)`). */
  stateOf<S>(state: PluginState<S>): S;
  /**
   * Ends this instance's streams of a session, on every transport (SSE and WebSocket: closed with
   * 4401), at once. Call it from a dispatched event so every instance does it at the same point of
   * the log (revocation, sign-out, removal, role change).
   */
  endSession(sessionId: string, reason: string): void;
}
