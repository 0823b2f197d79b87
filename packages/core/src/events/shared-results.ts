import {
  createSourceEventStream,
  type ExecutionArgs,
  type ExecutionResult,
  executeSubscriptionEvent,
  mapSourceToResponseEvent,
  validateSubscriptionArgs,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

type ValidatedArgs = Parameters<typeof executeSubscriptionEvent>[0];
type Outcome = ExecutionResult | Promise<ExecutionResult>;
/** A result every subscriber of the same operation may receive, or null: it depended on who asked. */
type Shared = ExecutionResult | null | Promise<ExecutionResult | null>;

/** Per event (the object the dispatcher hands every subscriber), per operation and variables. */
const sharedByEvent = new WeakMap<object, Map<string, Shared>>();
const operationKeys = new WeakMap<object, string>();
let nextOperationKey = 0;

/**
 * Subscriptions as graphql-js runs them, except that an event's result is computed once for all
 * subscribers of the same operation and variables when its computation never read the context:
 * a result that did not look at the viewer, the request or the database handle cannot differ
 * between viewers. Who receives the event at all is decided before (audience, filters); results
 * that read the context (per-viewer fields, reloaded records) are computed per subscriber as
 * before. One status change to 10,000 board subscribers is then executed once, not 10,000 times.
 */
export function sharedSubscriptionResults(): Plugin {
  return {
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(subscribeSharingResults as never);
    },
  };
}

function subscribeSharingResults(args: ExecutionArgs & { signal?: AbortSignal }) {
  const validated = validateSubscriptionArgs({ ...args, abortSignal: args.abortSignal ?? args.signal });
  if (!('schema' in validated)) return { errors: validated };
  const stream = createSourceEventStream(validated);
  const map = (source: Awaited<typeof stream>) =>
    Symbol.asyncIterator in source ? mapSourceToResponseEvent(validated, source, executeShared) : source;
  return stream instanceof Promise ? stream.then(map) : map(stream);
}

function executeShared(args: ValidatedArgs): Outcome {
  const event = args.rootValue;
  if (typeof event !== 'object' || event === null) return executeSubscriptionEvent(args);
  const key = keyOf(args);
  let shared = sharedByEvent.get(event);
  if (!shared) sharedByEvent.set(event, (shared = new Map()));
  const known = shared.get(key);
  if (known !== undefined) return known instanceof Promise ? known.then((r) => reuse(r, args)) : reuse(known, args);

  // The first subscriber computes with a context that notes whether anything looked at it.
  let readContext = false;
  const context = args.contextValue as object;
  const probe = new Proxy(context, {
    get(target, property) {
      readContext = true;
      return Reflect.get(target, property);
    },
    has(target, property) {
      readContext = true;
      return Reflect.has(target, property);
    },
  });
  const result = executeSubscriptionEvent({ ...args, contextValue: probe }) as Outcome;
  const shareable = (r: ExecutionResult) => (readContext || r.errors ? null : r);
  shared.set(key, result instanceof Promise ? result.then(shareable, () => null) : shareable(result));
  return result;
}

/** Each subscriber gets its own envelope (later hooks may add to it); the data is shared. */
function reuse(result: ExecutionResult | null, args: ValidatedArgs): Outcome {
  return result ? { ...result } : executeSubscriptionEvent(args);
}

/** A subscription's key, once: its variables are one object for all its events. */
const keysByVariables = new WeakMap<object, string>();

/** The parsed operation (parse results are cached, so one object per document) and its variables. */
function keyOf(args: ValidatedArgs): string {
  const known = keysByVariables.get(args.variableValues);
  if (known) return known;
  let operation = operationKeys.get(args.operation);
  if (!operation) operationKeys.set(args.operation, (operation = String(nextOperationKey++)));
  const key = `${operation} ${JSON.stringify(args.variableValues.coerced)}`;
  keysByVariables.set(args.variableValues, key);
  return key;
}
