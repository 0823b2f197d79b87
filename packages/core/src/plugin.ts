import type { EntityManager } from '@mikro-orm/postgresql';
import type { Plugin as YogaPlugin } from 'graphql-yoga';
import type { ZodType, z } from 'zod';
import type { Audience } from './events/audience.ts';
import type { LoggedEvent } from './events/log.ts';
import type { HttpRoute } from './http/route.ts';
import type { OnceOptions } from './idempotency.ts';
import type { Messages } from './messages.ts';
import type { Runtime } from './runtime.ts';
import type { Builder } from './schema/builder.ts';
import type { Viewer } from './viewer.ts';

/**
 * Event payload types by event name. Each plugin augments it next to its `events` schemas:
 *
 *   declare module '@lacewire/core' { interface EventMap { 'order.statusChanged': OrderStatusChanged } }
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging
export interface EventMap {}
export type EventName = keyof EventMap & string;
export type EventPayload<T extends string> = T extends EventName ? EventMap[T] : unknown;

export interface FeatureDefinition {
  description: string;
  /** State for stores that never had it switched (stable features on, pilots off). */
  defaultEnabled: boolean;
}

/** One migration of one plugin: plain SQL, applied once, in order, inside a transaction. */
export interface Migration {
  name: string;
  up: string;
}

export interface EnqueueOptions {
  /** Run no earlier than this. */
  runAt?: Date;
  /** A job with the same key replaces the pending one (reschedule, dedupe). */
  key?: string;
  maxAttempts?: number;
}

/** The unit of work: writes, events and jobs commit together or not at all. */
export interface Tx {
  em: EntityManager;
  emit<T extends string>(type: T, payload: EventPayload<T>, audience: Audience): void;
  enqueue(job: string, payload: Record<string, unknown>, options?: EnqueueOptions): Promise<void>;
  /** Removes a pending job by key (a cancelled appointment's reminder). */
  dequeue(key: string): Promise<void>;
  /** Runs on this instance once the transaction committed (its local caches); never after a rollback. */
  afterCommit(hook: (runtime: Runtime) => void): void;
  /**
   * Retry-safe creation: runs `work` once per viewer and `idempotencyKey`; a repeat answers with
   * the first result and writes nothing (see idempotency.ts). Call it first in the transaction.
   */
  once<T>(options: OnceOptions<T>, work: () => Promise<T>): Promise<T>;
  /**
   * The time of this unit of work: the wall clock, or the seed's while it lays down demo history
   * (clock.ts). Services stamp what they write with it instead of `new Date()`.
   */
  now(): Date;
}

export interface HandlerContext extends Tx {
  runtime: Runtime;
}

export type EventHandler = (event: LoggedEvent, ctx: HandlerContext) => Promise<void>;

/** Handlers by event name, each typed by the payload its emitter declared in `EventMap`. */
export type EventHandlers = {
  [T in EventName]?: (event: LoggedEvent<EventMap[T]>, ctx: HandlerContext) => Promise<void>;
};

/**
 * Settings a plugin takes from the server, by plugin name. Each plugin with settings augments it
 * next to its state, and the server passes them to `createPlatform({ settings })`:
 *
 *   declare module '@lacewire/core' { interface PluginSettings { files: FilesSettings } }
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging
export interface PluginSettings {}
export type SettingsOf<N extends string> = N extends keyof PluginSettings ? PluginSettings[N] : undefined;

/** What a plugin may ask of the plugin set it is installed in while it adds its schema. */
export interface PluginEnvironment {
  /** Whether a plugin is installed (for `optional` dependencies). */
  has(plugin: string): boolean;
}

/**
 * A plugin's state on one running platform (caches, settings, batchers), typed, created once per
 * platform when it starts; never a module-level map, so two platforms in one process stay apart.
 */
export interface PluginState<S> {
  readonly plugin: string;
  create(runtime: Runtime, settings: unknown): S;
  /** The state on this platform; throws when the plugin is not installed there. */
  of(runtime: Runtime): S;
}

/**
 * Declares a plugin's state: `create` gets the platform and the settings the server passed for
 * this plugin name (undefined when none). Put it in its own file so services and schema read it
 * with `careState.of(ctx.runtime)` without importing the plugin's index.
 */
export function pluginState<const N extends string, S>(
  plugin: N,
  create: (runtime: Runtime, settings: SettingsOf<N> | undefined) => S,
): PluginState<S> {
  const slot: PluginState<S> = {
    plugin,
    create: (runtime, settings) => create(runtime, settings as SettingsOf<N> | undefined),
    of: (runtime) => runtime.stateOf(slot),
  };
  return slot;
}

export interface JobContext {
  runtime: Runtime;
  /** Runs work in one transaction, with events and follow-up jobs. */
  tx<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  attempt: number;
}
export type JobHandler = (payload: Record<string, unknown>, ctx: JobContext) => Promise<void>;

export interface SeedContext {
  runtime: Runtime;
  tx<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Lines printed at start (demo logins); announce them on every start. */
  announce(line: string): void;
  /** True after the first start: seeds only announce then, they write nothing. */
  alreadySeeded: boolean;
  /**
   * Runs the whole platform at `at` (demo history): transactions, events and `on` handlers happen
   * then until the next call; null returns to the wall clock (done for you when the seed ends).
   * Makes sure the event log can hold events of that time.
   */
  setClock(at: Date | null): Promise<void>;
  /** Waits until every `on` handler has handled what was committed so far (at the current clock). */
  settle(): Promise<void>;
}

export interface PluginDefinition {
  /** Unique, lower-case; prefixes this plugin's events, jobs and migrations. */
  name: string;
  /** Plugins that must be present and set up first. */
  requires?: string[];
  /**
   * Plugins used when installed: set up first when present, absent without error. Ask
   * `runtime.has(name)` (or the schema's `env.has(name)`) before using one; handlers of their
   * events are left out while they are absent.
   */
  optional?: string[];
  /** Per-platform state (see `pluginState`), created before seeds, handlers and setup run. */
  state?: PluginState<unknown>;
  /** MikroORM entity schemas (`defineEntity`). */
  entities?: unknown[];
  migrations?: Migration[];
  /** Events this plugin emits, with their payload schemas (validated on emit). */
  events?: Record<string, ZodType>;
  /** Capabilities that can be switched per store (gray rollout), by name. */
  features?: Record<string, FeatureDefinition>;
  /** Texts people read (timeline entries, notices), in every language; keyed `<plugin>.<key>`. */
  messages?: Messages;
  /** This plugin's slice of the schema; `env` says which optional plugins are installed. */
  schema?: (builder: Builder, env: PluginEnvironment) => void;
  /** Reactions to events (any plugin's), typed by event name; run once per event, in order, in a transaction. */
  on?: EventHandlers;
  /** Durable background work, retried with backoff. */
  jobs?: Record<string, JobHandler>;
  /** Recurring jobs: cron expression by job name. */
  schedules?: Record<string, string>;
  /** Demo data for an empty database. */
  seed?: (ctx: SeedContext) => Promise<void>;
  /** Turns a bearer token into a viewer. At most one plugin provides it. */
  authenticate?: (token: string, runtime: Runtime) => Promise<Viewer | null>;
  /** Whether a feature is on for a store. At most one plugin provides it. */
  featureEnabled?: (em: EntityManager, storeId: string, feature: string, defaultEnabled: boolean) => Promise<boolean>;
  /** HTTP routes outside GraphQL (signed downloads, webhooks), by path prefix. */
  routes?: (runtime: Runtime) => HttpRoute[];
  /** Yoga/envelop plugins run on every GraphQL request of this instance (timings, tracing). */
  yogaPlugins?: (runtime: Runtime) => YogaPlugin<any>[];
  /** Per-instance hooks once the platform runs (e.g. close sockets of revoked sessions). */
  setup?: (runtime: Runtime) => void | Promise<void>;
}

/** Declares a plugin. The value is checked when the platform starts (see plugin-graph.ts). */
export function definePlugin<const P extends PluginDefinition>(plugin: P): P {
  return plugin;
}

/** Infers an event payload type from its schema. */
export type PayloadOf<S extends ZodType> = z.infer<S>;
