import type { GraphQLSchema } from 'graphql';
import type { YogaServerInstance } from 'graphql-yoga';
import pino, { type Logger } from 'pino';
import type { Budgets } from './budgets.ts';
import { PlatformClock } from './clock.ts';
import type { Context } from './context.ts';
import { migrate } from './database/migrations.ts';
import { openDatabase } from './database/open.ts';
import { exec, rows, sql } from './database/sql.ts';
import { currentTx, forkInScope } from './database/tx-scope.ts';
import { DEFAULT_DEADLINES, type Deadlines } from './deadlines.ts';
import { PluginContractError } from './errors.ts';
import { type Consumer, Dispatcher } from './events/dispatcher.ts';
import { EventRegistry } from './events/registry.ts';
import { ensureEventPartitions } from './events/retention.ts';
import { SessionStreams } from './events/session-streams.ts';
import { listenForWakes, sharedPubSub } from './events/shared-pubsub.ts';
import { subscribeEvents } from './events/subscribe.ts';
import { HttpEndpoint } from './http/endpoint.ts';
import { createGraphQLServer } from './http/graphql-server.ts';
import { requestHandler } from './http/requests.ts';
import type { HttpRoute } from './http/route.ts';
import { DEFAULT_LIMITS, type Limits, type PersistedOperations } from './http/security.ts';
import { coreJobs } from './jobs/core-jobs.ts';
import { prepareJobs, startJobs } from './jobs/runner.ts';
import { MessageCatalogue } from './messages.ts';
import type { PluginDefinition, PluginSettings, PluginState, Tx } from './plugin.ts';
import { activeHandlers, orderPlugins } from './plugin-graph.ts';
import { attemptCounter, pruneRateLimits } from './rate-limit.ts';
import type { Runtime } from './runtime.ts';
import { createBuilder } from './schema/builder.ts';
import { composeSchema } from './schema/compose.ts';
import { type Committed, runInTransaction } from './tx.ts';

export interface PlatformOptions {
  plugins: PluginDefinition[];
  /** Each plugin's settings by plugin name (secrets, senders, storage), given to its state. */
  settings?: { [N in keyof PluginSettings]?: PluginSettings[N] };
  /** A PostgreSQL server; without it an embedded PGlite database is started. */
  databaseUrl?: string | null;
  /** Embedded database directory; null keeps it in memory. */
  dataDir?: string | null;
  /** Redis for cross-instance pub/sub; in-process when absent. */
  redisUrl?: string | null;
  /** Hides GraphiQL and introspection, masks every unexpected error. */
  production?: boolean;
  logger?: Logger;
  /** Seed demo data when the database has no data yet. */
  seed?: boolean;
  /** Run the job worker in this instance (default true). */
  jobs?: boolean;
  /** How often each instance looks at the event log without being woken (ms). */
  pollMs?: number;
  /** Events older than this many days are dropped by an hourly job; null (default) keeps them all. */
  eventRetentionDays?: number | null;
  limits?: Partial<Limits>;
  /** Deadlines of operations and statements (see deadlines.ts); each has a default. */
  deadlines?: Partial<Deadlines>;
  /** Shares of the connection pool by kind of request (see budgets.ts); defaults relative to the pool's size. */
  budgets?: Partial<Budgets>;
  /** Documents by hash that clients may send instead of the query text. */
  persistedOperations?: PersistedOperations | null;
  /**
   * Queries and mutations run compiled (graphql-jit) from the n-th execution of the same document
   * on; 0 never compiles. Default 10.
   */
  compileAfter?: number;
  /**
   * Reverse proxies in front of this server that append the client's address to X-Forwarded-For;
   * 0 (default) uses the socket's peer address and ignores the header, which clients can forge.
   */
  trustedProxyHops?: number;
  /**
   * Origins (`https://app.example.com`) whose pages may call the API from a browser, with
   * credentials; empty (default): same origin only, no CORS headers at all.
   */
  corsOrigins?: readonly string[];
  /** Extra HTTP routes (static apps, webhooks) tried before GraphQL. */
  routes?: (runtime: Runtime) => HttpRoute[];
}

export interface Platform {
  runtime: Runtime;
  schema: GraphQLSchema;
  yoga: YogaServerInstance<any, Context>;
  /** Announcements from seeds (demo logins). */
  announcements: string[];
  listen(port: number, host?: string): Promise<{ url: string; port: number }>;
  /** Waits until every committed event is published and handled here (tests, scripts). */
  settle(): Promise<void>;
  /** Stops at once: sockets, connections, workers, database. */
  close(): Promise<void>;
  /**
   * Stops gracefully: /readyz answers 503, no new connections or requests are taken, WebSockets
   * close with 1001, event streams end, requests under way get up to `graceMs` to finish (the
   * rest are answered 503), then the job runner, the dispatcher and the database stop.
   */
  shutdown(graceMs: number): Promise<void>;
}

/**
 * Builds and starts the platform: database (server or embedded), migrations, schema from every
 * plugin, event dispatch, jobs, then HTTP + WebSocket on one endpoint when `listen` is called.
 */
export async function createPlatform(options: PlatformOptions): Promise<Platform> {
  const plugins = orderPlugins(options.plugins);
  const log = options.logger ?? pino({ level: process.env.LOG_LEVEL ?? 'info' });
  const production = options.production ?? false;
  const events = new EventRegistry(plugins);
  const cleanups: (() => Promise<void> | void)[] = [];

  const deadlines = { ...DEFAULT_DEADLINES, ...options.deadlines };
  const { orm, embedded, databaseUrl, budgets } = await openDatabase(options, plugins, deadlines, production, cleanups);
  await migrate(orm.em.fork(), plugins);
  await prepareJobs(databaseUrl, log);

  const pubsub = sharedPubSub(options.redisUrl, databaseUrl, cleanups);

  const featureHook = plugins.find((p) => p.featureEnabled)?.featureEnabled;
  const authHook = plugins.find((p) => p.authenticate)?.authenticate;
  // Set once the endpoint exists; sessions can only end after the platform started.
  let endpointRef: HttpEndpoint | null = null;
  const sessionStreams = new SessionStreams();
  // Inside a transaction a "fresh" EntityManager is a fork in that transaction (see tx-scope.ts).
  const em = () => forkInScope(() => orm.em.fork());
  const clock = new PlatformClock();
  const wakeAll = () => {
    runtime.dispatcher.wake();
    pubsub.publish('lw:wake', Date.now());
  };
  const committed = ({ emitted, after }: Committed) => {
    if (emitted) wakeAll();
    for (const hook of after) {
      // What is committed stays committed: a failing hook is logged, never the request's error.
      try {
        hook(runtime);
      } catch (error) {
        log.error({ err: error }, 'afterCommit hook failed');
      }
    }
  };
  const tx = <T>(fn: (tx: Tx) => Promise<T>) => runInTransaction(em(), events, fn, committed, { clock });

  const consumers = eventConsumers(plugins, events, clock);
  const installed = new Set(plugins.map((p) => p.name));
  const states = new Map<PluginState<unknown>, unknown>();
  const runtime: Runtime = {
    orm,
    log,
    production,
    pubsub,
    budgets,
    countAttempt: attemptCounter(orm.em.fork()),
    dispatcher: null as unknown as Dispatcher,
    em,
    tx,
    now: () => clock.now(),
    subscribe: (viewer, subscribeOptions) => subscribeEvents(runtime.dispatcher, sessionStreams, em, viewer, subscribeOptions),
    publishEphemeral: (event) => pubsub.publish('lw:ephemeral', event),
    features: new Map(
      plugins.flatMap((p) => Object.entries(p.features ?? {}).map(([name, def]) => [name, { ...def, plugin: p.name }] as const)),
    ),
    featureEnabled: async (em, storeId, feature) => {
      const definition = runtime.features.get(feature);
      if (!definition) throw new PluginContractError(`Feature "${feature}" is checked but no plugin declares it.`);
      if (!featureHook) return definition.defaultEnabled;
      return featureHook(currentTx()?.em ?? em, storeId, feature, definition.defaultEnabled);
    },
    messages: new MessageCatalogue(plugins),
    authenticate: async (token) => (authHook ? authHook(token, runtime) : null),
    has: (name) => installed.has(name),
    stateOf: <S>(state: PluginState<S>) => {
      if (!states.has(state)) {
        throw new PluginContractError(`Plugin "${state.plugin}" is not installed on this platform; check runtime.has() first.`);
      }
      return states.get(state) as S;
    },
    endSession: (sessionId, reason) => {
      sessionStreams.end(sessionId, reason);
      endpointRef?.closeSession(sessionId, reason);
    },
  };
  runtime.dispatcher = handlerDispatcher(runtime, { consumers, events, clock, committed, pollMs: options.pollMs ?? 500 });

  for (const plugin of plugins) {
    if (plugin.state)
      states.set(plugin.state, plugin.state.create(runtime, options.settings?.[plugin.name as keyof PluginSettings]));
  }

  const builder = createBuilder();
  const schema = composeSchema(builder, plugins, events.types);

  // Handlers run from before the seeds on: a fresh database's consumers start at its first event,
  // so the demo data goes through the same reactions as live work (metrics, notifications).
  await runtime.dispatcher.start();
  cleanups.unshift(() => runtime.dispatcher.stop());
  const announcements: string[] = [];
  if (options.seed) await seedOnce(plugins, runtime, clock, announcements);
  const wakeSubscription = listenForWakes(pubsub, () => runtime.dispatcher.wake());
  cleanups.unshift(async () => {
    await wakeSubscription.return?.();
  });
  for (const plugin of plugins) await plugin.setup?.(runtime);
  if (options.jobs !== false) {
    const runner = await startJobs(
      [
        coreJobs(
          options.eventRetentionDays ?? null,
          consumers.map((c) => c.name),
        ),
        ...plugins,
      ],
      {
        connectionString: databaseUrl,
        log,
        // The embedded database has one session: one job at a time, polled more often.
        concurrency: embedded ? 1 : 4,
        pollInterval: embedded ? 500 : 1000,
        preparedStatements: !embedded,
        context: (attempt) => ({ runtime, tx, attempt }),
      },
    );
    cleanups.unshift(() => runner.stop());
  }
  cleanups.unshift(pruneRateLimitsHourly(runtime));

  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const routes = [...plugins.flatMap((p) => p.routes?.(runtime) ?? []), ...(options.routes?.(runtime) ?? [])];
  const yoga = createGraphQLServer({ schema, runtime, events, committed, clock, plugins, limits, deadlines, options });

  const endpoint = new HttpEndpoint(runtime, yoga, (drain) =>
    requestHandler({ runtime, plugins, yoga, routes, drain, limits, readinessEm: () => orm.em.fork() }),
  );
  endpointRef = endpoint;
  const stop = async () => {
    for (const cleanup of cleanups) await cleanup();
  };
  // Once, whether by close() or shutdown() or both.
  let closing: Promise<void> | null = null;
  return {
    runtime,
    schema,
    yoga,
    announcements,
    listen: (port, host = '0.0.0.0') => endpoint.listen(port, host),
    settle: () => runtime.dispatcher.settle(),
    close: () => (closing ??= endpoint.close().then(stop)),
    shutdown: (graceMs) => (closing ??= endpoint.shutdown(graceMs).then(stop)),
  };
}

/** Every installed plugin's handlers of declared events, each run at its event's moment (the clock). */
function eventConsumers(plugins: PluginDefinition[], events: EventRegistry, clock: PlatformClock): Consumer[] {
  const declared = new Set(events.types);
  return plugins.flatMap((plugin) =>
    activeHandlers(plugin, declared).map(([type, handler]) => ({
      name: `${plugin.name}:${type}`,
      type,
      handler: (event, ctx) => clock.reacting(event.at, () => handler(event, ctx)),
    })),
  );
}

interface DispatchParts {
  consumers: Consumer[];
  events: EventRegistry;
  clock: PlatformClock;
  committed: (c: Committed) => void;
  pollMs: number;
}

/**
 * The dispatcher that runs handlers: each in its own transaction, whose events and after-commit
 * hooks take effect like a request's once it commits; held while the seed's clock is simulated.
 */
function handlerDispatcher(runtime: Runtime, { consumers, events, clock, committed, pollMs }: DispatchParts) {
  return new Dispatcher({
    em: runtime.em,
    log: runtime.log,
    consumers,
    pollMs,
    runHandler: async (handlerEm, fn) => {
      let done: Committed = { emitted: false, after: [] };
      await runInTransaction(handlerEm, events, fn, (c) => (done = c), { clock });
      return () => committed(done);
    },
    handlerContext: (t) => ({ ...t, runtime }),
    holdHandlers: () => clock.simulated,
  });
}

/** Housekeeping, not business work: a lost run only leaves old counters a while longer. */
function pruneRateLimitsHourly(runtime: Runtime) {
  const pruning = setInterval(
    () => pruneRateLimits(runtime.em()).catch((error) => runtime.log.warn({ err: error }, 'pruning rate-limit counters failed')),
    3_600_000,
  );
  pruning.unref();
  return () => clearInterval(pruning);
}

/** Seeds run once per database, in plugin order; later starts only repeat the announcements. */
async function seedOnce(plugins: PluginDefinition[], runtime: Runtime, clock: PlatformClock, announcements: string[]) {
  const em = runtime.em();
  const [done] = await rows<{ id: string }>(em, sql`select id from lw_migration where id = 'core/seed'`);
  const announce = (line: string) => announcements.push(line);
  // The log is partitioned by week: a week in the past gets its partition first (once).
  let partitionedSince = Date.now();
  const setClock = async (at: Date | null) => {
    if (at && at.getTime() < partitionedSince) {
      await ensureEventPartitions(runtime.em(), new Date(), undefined, at);
      partitionedSince = at.getTime();
    }
    clock.set(at);
  };
  for (const plugin of plugins) {
    if (!plugin.seed) continue;
    try {
      await plugin.seed({
        runtime,
        tx: runtime.tx,
        announce,
        alreadySeeded: !!done,
        setClock,
        settle: () => runtime.dispatcher.settle(),
      });
    } finally {
      // Whatever a seed did with the clock, its reactions happen at its time and what follows now.
      if (clock.simulated) await runtime.dispatcher.settle();
      clock.set(null);
    }
  }
  if (!done) await exec(em, sql`insert into lw_migration (id) values ('core/seed')`);
}
