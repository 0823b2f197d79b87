import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { createYoga, maskError, type YogaInitialContext } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { PlatformClock } from '../clock.ts';
import type { Context } from '../context.ts';
import { asInvalidInput } from '../database/data-errors.ts';
import { asTimeout } from '../database/timeouts.ts';
import { currentTx } from '../database/tx-scope.ts';
import type { Deadlines } from '../deadlines.ts';
import { DomainError, FeatureDisabledError } from '../errors.ts';
import type { EventRegistry } from '../events/registry.ts';
import { sharedSubscriptionResults } from '../events/shared-results.ts';
import type { PlatformOptions } from '../platform.ts';
import type { PluginDefinition } from '../plugin.ts';
import type { Runtime } from '../runtime.ts';
import { compiledExecution } from '../schema/compiled-execution.ts';
import { type Committed, runInTransaction } from '../tx.ts';
import type { Viewer } from '../viewer.ts';
import { viewerFor } from './auth.ts';
import { clientAddress } from './client-address.ts';
import { compressAnswers } from './compress-answers.ts';
import { operationDeadline } from './deadline.ts';
import { rejectNulCharacters } from './input-guard.ts';
import { type HasRequestKind, requestClasses } from './request-classes.ts';
import { type Limits, securityPlugins } from './security.ts';

interface GraphQLServerDeps {
  schema: GraphQLSchema;
  runtime: Runtime;
  events: EventRegistry;
  committed: (done: Committed) => void;
  clock: PlatformClock;
  plugins: PluginDefinition[];
  limits: Limits;
  deadlines: Deadlines;
  options: PlatformOptions;
}

/** The GraphQL endpoint: yoga with the platform's guards, deadlines, error masking and context. */
export function createGraphQLServer(deps: GraphQLServerDeps) {
  const { schema, runtime, plugins, limits, deadlines, options } = deps;
  const { production, log, budgets } = runtime;
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    cors: corsFor(options.corsOrigins ?? []),
    graphiql: production ? false : { title: 'Lacewire', subscriptionsProtocol: 'WS' },
    landingPage: false,
    maskedErrors: { isDev: !production, maskError: maskUnexpected(log) },
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
    context: (initial) => requestContext(initial, deps),
  });
}

/** Unexpected errors reach the client as "Unexpected error."; the log keeps the cause. */
function maskUnexpected(log: Logger) {
  return (error: unknown, message: string, isDev?: boolean) => {
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
  };
}

/** Each operation's context: its viewer, its EntityManager (forked on first use), its transaction. */
async function requestContext(initial: YogaInitialContext & Record<string, unknown>, deps: GraphQLServerDeps): Promise<Context> {
  const { runtime, events, committed, clock, options } = deps;
  const { budgets, em } = runtime;
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
        clock,
      }),
    requireFeature: async (storeId, feature) => {
      if (!(await runtime.featureEnabled(requestEmNow(), storeId, feature))) throw new FeatureDisabledError(feature);
    },
  } as Omit<Context, 'em'> as Context;
}

/** CORS headers for listed origins only; any other origin gets none (the browser then refuses). */
function corsFor(origins: readonly string[]) {
  const allowed = new Set(origins);
  return (request: Request) => {
    const origin = request.headers.get('origin');
    return origin && allowed.has(origin) ? { origin: [origin], credentials: true } : false;
  };
}
