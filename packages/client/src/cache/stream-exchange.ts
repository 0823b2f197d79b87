import { type Exchange, gql, makeOperation, makeResult, type Operation, type OperationResult } from '@urql/core';
import { filter, make, merge, mergeMap, onPush, pipe, share, takeUntil } from 'wonka';
import type { EventStream, StreamEvent } from '../stream.ts';

/**
 * The app's one event stream, seen by the normalized cache as a subscription: every event the
 * stream delivers (ordered subscription or Agora push, deduplicated by cursor) becomes a result of
 * `LacewireCacheEvents`, which the cache writes and hands to its `Subscription.events` updater
 * (cache/apply.ts). Nothing of it goes to the network: the stream has its own socket subscription.
 */
export const CACHE_EVENTS = gql`
  subscription LacewireCacheEvents {
    events {
      cursor
      type
      payload
      at
    }
  }
`;

const NAME = 'LacewireCacheEvents';

function isCacheEvents(operation: Operation): boolean {
  return operation.query.definitions.some((d) => d.kind === 'OperationDefinition' && d.name?.value === NAME);
}

const namesByDocument = new WeakMap<object, Set<string>>();

/** Every field name an operation's document selects (fragments included). */
function fieldNames(operation: Operation): Set<string> {
  let names = namesByDocument.get(operation.query);
  if (!names) {
    const found = new Set<string>();
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (node && typeof node === 'object') {
        const n = node as { kind?: string; name?: { value: string } };
        if (n.kind === 'Field' && n.name) found.add(n.name.value);
        for (const [key, value] of Object.entries(node)) if (key !== 'loc') visit(value);
      }
    };
    visit(operation.query.definitions);
    namesByDocument.set(operation.query, (names = found));
  }
  return names;
}

/** What the bridge knows that the cache's updaters use. */
export class StreamBridge {
  readonly #active = new Map<number, Operation>();
  readonly #replays = new Set<(event: StreamEvent) => void>();
  #reexecute: ((operation: Operation) => void) | null = null;

  /** Runs an event through the cache again (after the entity it needed was fetched). */
  replay(event: StreamEvent): void {
    for (const push of this.#replays) push(event);
  }

  /** Whether a query on screen names this id in its variables (an entity's own screen). */
  shownAlone(id: string): boolean {
    for (const operation of this.#active.values()) if (Object.values(operation.variables ?? {}).includes(id)) return true;
    return false;
  }

  /** Whether a query on screen selects a field of this name (on any type: a cheap over-estimate). */
  shows(fieldName: string): boolean {
    for (const operation of this.#active.values()) if (fieldNames(operation).has(fieldName)) return true;
    return false;
  }

  /** Every query on screen again from the server (events may have been missed). */
  refetchAll(): void {
    for (const operation of this.#active.values())
      this.#reexecute?.(makeOperation('query', operation, { ...operation.context, requestPolicy: 'network-only' }));
  }

  /** Before the cache: notes the queries on screen (a cache hit never reaches the network side). */
  readonly screens: Exchange = ({ client, forward }) => {
    this.#reexecute = (operation) => client.reexecuteOperation(operation);
    return (operations$) =>
      forward(
        pipe(
          operations$,
          onPush((operation) => {
            if (operation.kind === 'query') this.#active.set(operation.key, operation);
            else if (operation.kind === 'teardown') this.#active.delete(operation.key);
          }),
        ),
      );
  };

  /** After the cache: answers `LacewireCacheEvents` from the stream; everything else goes on. */
  events(stream: EventStream): Exchange {
    return ({ forward }) =>
      (operations$) => {
        const shared = pipe(operations$, share);
        const local = pipe(
          shared,
          filter((operation) => operation.kind === 'subscription' && isCacheEvents(operation)),
          mergeMap((operation) =>
            pipe(
              make<OperationResult>(({ next }) => {
                const deliver = (event: StreamEvent) =>
                  next(makeResult(operation, { data: { events: { __typename: 'Event', ...event } } }));
                const off = stream.on('*', deliver);
                this.#replays.add(deliver);
                return () => {
                  off();
                  this.#replays.delete(deliver);
                };
              }),
              takeUntil(
                pipe(
                  shared,
                  filter((o) => o.kind === 'teardown' && o.key === operation.key),
                ),
              ),
            ),
          ),
        );
        const forwarded = forward(
          pipe(
            shared,
            filter((operation) => !isCacheEvents(operation)),
          ),
        );
        return merge([local, forwarded]);
      };
  }
}
