import { type DocumentNode, type ExecutionArgs, type ExecutionResult, GraphQLError, getOperationAST } from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';

/** A document's state: how often it ran interpreted, or its compiled form (null: it cannot be). */
type Tier = number | CompiledQuery | null;

/**
 * Queries and mutations that repeat run as compiled JavaScript (graphql-jit) instead of being
 * interpreted field by field: one function per operation that calls the same resolvers. A board
 * of 100 orders is ~750 field executions; interpreted, the executor's bookkeeping around them
 * costs about as much as the resolvers. A document runs interpreted until it has been executed
 * `after` times (compiling one costs 2–6 ms, so one-off documents never pay for it); 0 never
 * compiles. Subscriptions keep their own path (one result per event, shared-results.ts).
 * Yoga's parse cache hands out the same document object for the same text, which is what the
 * compiled forms are kept by: they go when the document leaves that cache.
 *
 * Measured gain (bench/query, server CPU per request, compiled and interpreted in turns in one
 * process, medians of two runs of 8–10 rounds): board 21–31 %, order 0–9 %.
 */
export function compiledExecution(after: number, log: Logger): Plugin {
  const tiers = new WeakMap<DocumentNode, Map<string, Tier>>();

  const compiledFor = (args: ExecutionArgs): CompiledQuery | null => {
    let byOperation = tiers.get(args.document);
    if (!byOperation) tiers.set(args.document, (byOperation = new Map()));
    const name = args.operationName ?? '';
    const tier = byOperation.has(name) ? (byOperation.get(name) as Tier) : 0;
    if (typeof tier !== 'number') return tier;
    if (tier + 1 < after) {
      byOperation.set(name, tier + 1);
      return null;
    }
    const operation = getOperationAST(args.document, args.operationName);
    let compiled: CompiledQuery | null = null;
    if (operation && operation.operation !== 'subscription') {
      // What cannot be compiled keeps running interpreted, as correct as before.
      try {
        const outcome = compileQuery(args.schema, args.document, args.operationName ?? undefined);
        if (isCompiledQuery(outcome)) compiled = outcome;
        else log.warn({ operation: operation.name?.value, errors: outcome.errors }, 'operation could not be compiled');
      } catch (error) {
        log.warn({ operation: operation.name?.value, err: error }, 'operation could not be compiled');
      }
    }
    if (compiled) log.debug({ operation: operation?.name?.value ?? null }, 'operation compiled');
    byOperation.set(name, compiled);
    return compiled;
  };

  return {
    onExecute({ args, setExecuteFn }) {
      if (after <= 0) return;
      const compiled = compiledFor(args);
      if (!compiled) return;
      setExecuteFn(async (a) => {
        const result = await compiled.query(a.rootValue, a.contextValue, a.variableValues ?? {});
        return result.errors?.length ? withUpstreamErrors(result, a.document) : result;
      });
    },
  };
}

/**
 * graphql-jit's errors carry line/column locations but not the source positions graphql-js
 * errors are rebuilt from (masking, yoga's serializer): without this they would lose where in
 * the document they are.
 */
function withUpstreamErrors(result: ExecutionResult, document: DocumentNode): ExecutionResult {
  const source = document.loc?.source;
  const lineStarts = [0];
  if (source) for (const match of source.body.matchAll(/\r\n|[\n\r]/g)) lineStarts.push(match.index + match[0].length);
  const errors = (result.errors ?? []).map((error) => {
    const positions = source ? error.locations?.map(({ line, column }) => (lineStarts[line - 1] ?? 0) + column - 1) : undefined;
    return new GraphQLError(error.message, {
      source,
      positions,
      path: error.path,
      originalError: error.originalError,
      extensions: error.extensions,
    });
  });
  return { ...result, errors };
}
