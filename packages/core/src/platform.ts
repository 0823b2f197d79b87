import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { createPubSub, createYoga, maskError, type YogaServerInstance } from 'graphql-yoga';
import { Redis } from 'ioredis';
import pino, { type Logger } from 'pino';
import { type Budgets, ConnectionBudgets, defaultBudgets } from './budgets.ts';
import type { Context } from './context.ts';
import { asInvalidInput } from './database/data-errors.ts';
import { type EmbeddedDatabase, startEmbeddedDatabase } from './database/embedded.ts';
import { migrate } from './database/migrations.ts';
import { budgetPool } from './database/pool-budget.ts';
import { exec, rows, sql } from './database/sql.ts';
import { asTimeout } from './database/timeouts.ts';
import { currentTx, forkInScope, refuseSecondConnection } from './database/tx-scope.ts';
import { DEFAULT_DEADLINES, type Deadlines } from './deadlines.ts';
import { DomainError, FeatureDisabledError, PluginContractError } from './errors.ts';
import { type Consumer, Dispatcher } from './events/dispatcher.ts';
import { EventRegistry } from './events/registry.ts';
import { SessionStreams } from './events/session-streams.ts';
import { sharedSubscriptionResults } from './events/shared-results.ts';
import { subscribeEvents } from './events/subscribe.ts';
import { viewerFor } from './http/auth.ts';
import { readBody, takeBody } from './http/body.ts';
import { clientAddress } from './http/client-address.ts';
import { compressAnswers } from './http/compress-answers.ts';
import { operationDeadline } from './http/deadline.ts';
import { Drain } from './http/drain.ts';
import { readiness, sendJson } from './http/health.ts';
import { rejectNulCharacters } from './http/input-guard.ts';
import { type HasRequestKind, requestClasses } from './http/request-classes.ts';
import type { HttpRoute } from './http/route.ts';
import { DEFAULT_LIMITS, type Limits, type PersistedOperations, securityPlugins } from './http/security.ts';
import { attachWebSocket } from './http/websocket.ts';
import { coreJobs } from './jobs/core-jobs.ts';
import { prepareJobs, startJobs } from './jobs/runner.ts';
import { MessageCatalogue } from './messages.ts';
import type { PluginDefinition, PluginSettings, PluginState, Tx } from './plugin.ts';
import { activeHandlers, orderPlugins } from './plugin-graph.ts';
import { attemptCounter, pruneRateLimits } from './rate-limit.ts';
import type { Runtime, SharedTopics } from './runtime.ts';
import { createBuilder } from './schema/builder.ts';
import { compiledExecution } from './schema/compiled-execution.ts';
import { composeSchema } from './schema/compose.ts';
import { type Committed, runInTransaction } from './tx.ts';
import type { Viewer } from './viewer.ts';

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
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = options.databaseUrl ?? null;
  if (!databaseUrl) {
    embedded = await startEmbeddedDatabase(options.dataDir ?? null, deadlines.embeddedWaitMs);
    databaseUrl = embedded.url;
    cleanups.push(() => embedded?.stop());
  }

  const poolSize = embedded ? 4 : 10;
  const budgets = new ConnectionBudgets({ ...defaultBudgets(poolSize), ...options.budgets });
  const orm = await MikroORM.init({
    clientUrl: databaseUrl,
    entities: plugins.flatMap((p) => (p.entities ?? []) as any[]),
    discovery: { warnWhenNoEntities: false },
    pool: { min: 0, max: poolSize },
    debug: process.env.LOG_SQL === '1',
    allowGlobalContext: false,
    driverOptions: {
      // Every pool connection's statements and lock waits are bounded (PostgreSQL server; the
      // embedded database bounds waits in its socket queue instead).
      ...(embedded ? {} : { statement_timeout: deadlines.statementMs, lock_timeout: deadlines.lockMs }),
      // Each connection is taken within its request kind's share of the pool (budgets.ts). In
      // development and tests, a query that takes a second connection inside an open transaction
      // fails at once, naming its call site, instead of deadlocking the embedded database.
      onPoolCreated: (pool: Parameters<typeof budgetPool>[0]) =>
        budgetPool(pool, budgets, production ? undefined : refuseSecondConnection),
    },
  });
  cleanups.unshift(() => orm.close(true));
  await migrate(orm.em.fork(), plugins);
  await prepareJobs(databaseUrl, log);

  const eventTarget = options.redisUrl ? redisTarget(options.redisUrl, redisNamespace(databaseUrl), cleanups) : localTarget();
  const pubsub = createPubSub<SharedTopics>({ eventTarget });

  const featureHook = plugins.find((p) => p.featureEnabled)?.featureEnabled;
  const authHook = plugins.find((p) => p.authenticate)?.authenticate;
  let sockets: ReturnType<typeof attachWebSocket> | null = null;
  const sessionStreams = new SessionStreams();
  // Inside a transaction a "fresh" EntityManager is a fork in that transaction (see tx-scope.ts).
  const em = () => forkInScope(() => orm.em.fork());
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
  const tx = <T>(fn: (tx: Tx) => Promise<T>) => runInTransaction(em(), events, fn, committed);

  const declared = new Set(events.types);
  const consumers: Consumer[] = plugins.flatMap((plugin) =>
    activeHandlers(plugin, declared).map(([type, handler]) => ({ name: `${plugin.name}:${type}`, type, handler })),
  );
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
      sockets?.closeSession(sessionId, reason);
    },
  };
  runtime.dispatcher = new Dispatcher({
    em,
    log,
    consumers,
    pollMs: options.pollMs ?? 500,
    runHandler: async (handlerEm, fn) => {
      let done: Committed = { emitted: false, after: [] };
      await runInTransaction(handlerEm, events, fn, (c) => {
        done = c;
      });
      return () => committed(done);
    },
    handlerContext: (t) => ({ ...t, runtime }),
  });

  for (const plugin of plugins) {
    if (plugin.state)
      states.set(plugin.state, plugin.state.create(runtime, options.settings?.[plugin.name as keyof PluginSettings]));
  }

  const builder = createBuilder();
  const schema = composeSchema(builder, plugins, events.types);

  const announcements: string[] = [];
  if (options.seed) await seedOnce(plugins, runtime, announcements);

  await runtime.dispatcher.start();
  cleanups.unshift(() => runtime.dispatcher.stop());
  const wakeSubscription = listenForWakes(pubsub, () => runtime.dispatcher.wake());
  cleanups.unshift(async () => {
    await wakeSubscription.return?.();
  });
  for (const plugin of plugins) await plugin.setup?.(runtime);
  // Housekeeping, not business work: a lost run only leaves old counters a while longer.
  const pruning = setInterval(
    () => pruneRateLimits(em()).catch((error) => log.warn({ err: error }, 'pruning rate-limit counters failed')),
    3_600_000,
  );
  pruning.unref();
  cleanups.unshift(() => clearInterval(pruning));

  if (options.jobs !== false) {
    const core = coreJobs(
      options.eventRetentionDays ?? null,
      consumers.map((c) => c.name),
    );
    const runner = await startJobs([core, ...plugins], {
      connectionString: databaseUrl,
      log,
      concurrency: embedded ? 1 : 4,
      pollInterval: embedded ? 500 : 1000,
      preparedStatements: !embedded,
      context: (attempt) => ({ runtime, tx, attempt }),
    });
    cleanups.unshift(() => runner.stop());
  }

  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const routes = [...plugins.flatMap((p) => p.routes?.(runtime) ?? []), ...(options.routes?.(runtime) ?? [])];
  const yoga = createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    cors: corsFor(options.corsOrigins ?? []),
    graphiql: production ? false : { title: 'Lacewire', subscriptionsProtocol: 'WS' },
    landingPage: false,
    maskedErrors: {
      isDev: !production,
      // Unexpected errors reach the client as "Unexpected error."; the log keeps the cause.
      maskError: (error, message, isDev) => {
        const cause = (error as { originalError?: unknown }).originalError ?? error;
        // A statement stopped by its deadline is an expected failure (Timeout, safe to retry); a value
        // the database refused as malformed is the client's mistake (InvalidInput).
        const original = asTimeout(cause) ?? asInvalidInput(cause) ?? cause;
        // Expected failures on fields without an error union still say what went wrong.
        if (original instanceof DomainError && error instanceof GraphQLError) {
          return new GraphQLError(original.message, {
            nodes: error.nodes,
            source: error.source,
            positions: error.positions,
            path: error.path,
            extensions: {
              code: original.code,
              params: original.params,
              ...('field' in original ? { field: original.field } : {}),
            },
          });
        }
        if (!(original instanceof GraphQLError)) log.error({ err: original }, 'unexpected error in a resolver');
        return maskError(error, message, isDev);
      },
    },
    logging: false,
    plugins: [
      compressAnswers(),
      ...securityPlugins(limits, production, options.persistedOperations ?? null),
      rejectNulCharacters(),
      sharedSubscriptionResults(),
      compiledExecution(options.compileAfter ?? 10, log),
      ...plugins.flatMap((p) => p.yogaPlugins?.(runtime) ?? []),
      requestClasses(budgets),
      operationDeadline(deadlines.operationMs),
    ],
    context: async (initial): Promise<Context> => {
      const viewer =
        'socketViewer' in initial
          ? (initial.socketViewer as Viewer | null)
          : await budgets.within((initial as HasRequestKind).requestKind ?? 'reads', () =>
              viewerFor(runtime, (initial.request as Request).headers.get('authorization')),
            );
      // Forked on first use: many operations read only through shared loaders, which have their
      // own, and a fork (identity map, unit of work) was 3% of a small query's CPU. A getter on
      // the context being built, since envelop copies what this returns by value.
      let requestEm: EntityManager | undefined;
      const requestEmOnce = () => (requestEm ??= em());
      // Inside ctx.tx(...) it is the transaction's EntityManager: never a second connection.
      const requestEmNow = () => currentTx()?.em ?? requestEmOnce();
      Object.defineProperty(initial, 'em', { get: requestEmNow, enumerable: true, configurable: true });
      const deadline = new AbortController();
      return {
        viewer,
        requestId: (initial.request as Request | undefined)?.headers.get('x-request-id') ?? randomUUID(),
        clientAddress: clientAddress(initial.req as IncomingMessage | undefined, options.trustedProxyHops ?? 0),
        runtime,
        deadline,
        signal: deadline.signal,
        tx: (fn) =>
          runInTransaction(requestEmOnce(), events, fn, committed, {
            account: viewer?.accountId ?? null,
            deadline: deadline.signal,
          }),
        requireFeature: async (storeId, feature) => {
          if (!(await runtime.featureEnabled(requestEmNow(), storeId, feature))) throw new FeatureDisabledError(feature);
        },
      } as Omit<Context, 'em'> as Context;
    },
  });

  let server: Server | null = null;
  const drain = new Drain();
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
    async listen(port, host = '0.0.0.0') {
      const handle = async (req: IncomingMessage, res: ServerResponse) => {
        const path = (req.url ?? '/').split('?')[0];
        // Liveness (and the older /health): the process answers. Readiness: see http/health.ts.
        if (path === '/healthz' || path === '/health') return sendJson(res, 200, { status: 'ok' });
        if (path === '/readyz') {
          const { ready, checks } = await readiness(runtime, plugins, () => orm.em.fork(), drain.draining);
          return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable', ...checks });
        }
        if (!drain.admit(req, res)) return;
        if (path === yoga.graphqlEndpoint) {
          if (await takeBody(req, res, limits.maxBodyBytes)) await yoga(req, res);
          return;
        }
        // Apps and webhooks; the longest matching prefix wins.
        const route = routes.filter((r) => path.startsWith(r.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
        if (route) return serveRoute(route, req, res, route.maxBodyBytes ?? limits.maxBodyBytes);
        return yoga(req, res);
      };
      server = createServer((req, res) => {
        // A failing route (or a client gone mid-request) costs that request, never the process.
        handle(req, res).catch((error) => {
          log.error({ err: error, url: req.url }, 'request failed');
          if (res.headersSent) res.destroy();
          else res.writeHead(500, { 'content-type': 'application/json' }).end('{"errors":[{"message":"Unexpected error."}]}');
        });
      });
      sockets = attachWebSocket(server, yoga, runtime);
      await new Promise<void>((resolve) => server?.listen(port, host, resolve));
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      return { url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${actual}/graphql`, port: actual };
    },
    settle: () => runtime.dispatcher.settle(),
    close: () =>
      (closing ??= (async () => {
        await sockets?.close();
        if (server) {
          server.closeAllConnections();
          await new Promise<void>((resolve) => server?.close(() => resolve()));
        }
        await stop();
      })()),
    shutdown: (graceMs) =>
      (closing ??= (async () => {
        drain.draining = true;
        await sockets?.close();
        const cut = server ? await drain.drain(server, graceMs) : 0;
        if (cut > 0) log.warn({ requests: cut }, 'requests still running at the shutdown deadline were answered 503');
        await stop();
      })()),
  };
}

/** CORS headers for listed origins only; any other origin gets none (the browser then refuses). */
function corsFor(origins: readonly string[]) {
  const allowed = new Set(origins);
  return (request: Request) => {
    const origin = request.headers.get('origin');
    return origin && allowed.has(origin) ? { origin: [origin], credentials: true } : false;
  };
}

function localTarget() {
  const target = new EventTarget();
  setMaxListeners(0, target);
  return target as any;
}

/** Instances of one deployment share channels; another database on the same Redis does not. */
function redisNamespace(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `lacewire:${url.host}${url.pathname}:`;
}

function redisTarget(url: string, namespace: string, cleanups: (() => Promise<void> | void)[]) {
  const publishClient = new Redis(url, { maxRetriesPerRequest: 3 });
  // A subscriber connection may only subscribe: no ready check (INFO) on it.
  const subscribeClient = new Redis(url, { enableReadyCheck: false });
  cleanups.push(async () => {
    publishClient.disconnect();
    subscribeClient.disconnect();
  });
  const target = createRedisEventTarget({ publishClient, subscribeClient });
  return {
    addEventListener: (topic: string, listener: any) => target.addEventListener(namespace + topic, listener),
    removeEventListener: (topic: string, listener: any) => target.removeEventListener(namespace + topic, listener),
    dispatchEvent: (event: CustomEvent) =>
      target.dispatchEvent(new CustomEvent(namespace + event.type, { detail: event.detail })),
  } as any;
}

function listenForWakes(pubsub: Runtime['pubsub'], wake: () => void) {
  const iterator = pubsub.subscribe('lw:wake')[Symbol.asyncIterator]();
  (async () => {
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      wake();
    }
  })();
  return iterator;
}

/** Seeds run once per database, in plugin order; later starts only repeat the announcements. */
async function seedOnce(plugins: PluginDefinition[], runtime: Runtime, announcements: string[]) {
  const em = runtime.em();
  const [done] = await rows<{ id: string }>(em, sql`select id from lw_migration where id = 'core/seed'`);
  const announce = (line: string) => announcements.push(line);
  for (const plugin of plugins) {
    if (!plugin.seed) continue;
    await plugin.seed({ runtime, tx: runtime.tx, announce, alreadySeeded: !!done });
  }
  if (!done) await exec(em, sql`insert into lw_migration (id) values ('core/seed')`);
}

/** A route gets its request with the body already read, within its limit (before any signature check). */
async function serveRoute(route: HttpRoute, req: IncomingMessage, res: ServerResponse, maxBodyBytes: number) {
  const hasBody = !['GET', 'HEAD'].includes(req.method ?? 'GET');
  const body = hasBody ? await readBody(req, res, maxBodyBytes) : undefined;
  if (body === null) return;
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  const request = new Request(url, {
    method: req.method,
    headers: req.headers as Record<string, string>,
    body: body as Uint8Array<ArrayBuffer> | undefined,
  });
  const response = (await route.handle(request)) ?? new Response('Not found', { status: 404 });
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}
