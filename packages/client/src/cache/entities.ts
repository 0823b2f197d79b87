import type { TypedDocumentNode } from '@urql/core';
import type { Cache } from '@urql/exchange-graphcache';
import { globalId } from '../ids.ts';
import type { AppliedEvent, Applier, ApplyContext } from './apply.ts';
import { writeFields } from './edit.ts';
import type { Placement } from './lists.ts';
import { refreshStale } from './stale.ts';

/** What an event says of an entity, and which of its fields it changes beyond that. */
export interface Change {
  /** Scalar fields the payload gives (written at once). */
  values?: Record<string, unknown>;
  /** Fields changed in ways the payload does not say; undefined: any of them. */
  stale?: string[];
}

/** How the events that name one kind of entity by id are applied. */
export interface EntityEvents {
  typename: string;
  /**
   * The entity as the apps' lists show it: `query …($id: ID!) { node(id: $id) { __typename … on Type { … } } }`,
   * fetched alone (one small query) when a screen shows what an event changed beyond its payload.
   */
  card: TypedDocumentNode<any, any>;
  /** The entity's local id in the event's payload. */
  id(payload: Record<string, any>): string | undefined;
  /** What the event says; without it, every field may have changed. */
  change?(event: AppliedEvent, cache: Cache, key: string): Change;
  /**
   * Puts the entity into (and out of) the cached lists (placeInLists, with `placement`); false
   * when a list was left out because the entity lacks fields the list shows.
   */
  place(cache: Cache, key: string, event: AppliedEvent, placement: Placement): boolean;
  /** Whether a cached list could hold the entity when the cache does not (a new one: worth fetching). */
  couldHold(cache: Cache, event: AppliedEvent, context: ApplyContext): boolean;
}

/** The top-level fields a card fetches of its type. */
export function cardFields(card: TypedDocumentNode<any, any>, typename: string): Set<string> {
  const names = new Set<string>(['__typename', 'id']);
  const visit = (node: any): void => {
    if (!node || typeof node !== 'object') return;
    if (node.kind === 'InlineFragment' && node.typeCondition?.name.value === typename) {
      for (const s of node.selectionSet.selections) if (s.kind === 'Field') names.add(s.name.value);
      return;
    }
    for (const [key, value] of Object.entries(node))
      if (key !== 'loc') Array.isArray(value) ? value.forEach(visit) : visit(value);
  };
  visit(card.definitions);
  return names;
}

/**
 * The applier of an entity's events: the payload's facts written; the rest of what the event
 * changed brought with the entity's card alone when a screen shows it (its other cached fields
 * dropped, so that only a screen that shows them asks again); the entity placed in the lists it
 * belongs to. An entity the cache does not hold yet is fetched only when a list could hold it.
 */
export function entityApplier(spec: EntityEvents): Applier {
  const fields = cardFields(spec.card, spec.typename);
  return (event, cache, context) => {
    const local = spec.id(event.payload ?? {});
    if (!local) return;
    const id = globalId(spec.typename, local);
    const key = cache.keyOfEntity({ __typename: spec.typename, id }) as string;
    const fetch = () => context.fetchEntity(spec.card, { id }, event);
    if (event.refetched) {
      spec.place(cache, key, event, {});
      return;
    }
    const cached = cache.inspectFields(key);
    if (cached.length === 0) {
      if (spec.couldHold(cache, event, context)) fetch();
      return;
    }
    const change = spec.change?.(event, cache, key) ?? {};
    if (change.values) writeFields(cache, spec.typename, id, change.values);
    if (!change.stale) {
      // Fields no list shows (the entity's own screen asks for them again).
      for (const f of cached) if (!fields.has(f.fieldName)) cache.invalidate(key, f.fieldName, f.arguments ?? undefined);
    }
    const stale = change.stale ?? [...fields].filter((f) => f !== 'id' && f !== '__typename');
    if (refreshStale(cache, key, stale, context, fetch)) return;
    // A list must not get an entity it cannot show (one a mutation answered with a few fields).
    const expected = [...fields].filter((f) => context.shows(f));
    if (!spec.place(cache, key, event, { whole: true, expected })) fetch();
  };
}

/** The cache key of an entity by its type and local id. */
export const keyOf = (cache: Cache, typename: string, local: string) =>
  cache.keyOfEntity({ __typename: typename, id: globalId(typename, local) }) as string;
