import type { Cache, FieldInfo } from '@urql/exchange-graphcache';
import { edit } from './edit.ts';

/** Whether an entity belongs in a list: yes, no, or undefined when the cache cannot tell. */
export type Verdict = boolean | undefined;

/** How the server fills one list field (of `Query` or of an entity), as far as the cache can judge it. */
export interface ListRule<F> {
  /** Where an entity goes when it joins the list, and where new activity moves it (`front`: newest first). */
  at: 'front' | 'end';
  belongs(args: Record<string, any>, facts: F, cache: Cache): Verdict;
}

/** List rules by field name. */
export type ListRules<F> = Record<string, ListRule<F>>;

/** One cached page of a list: a plain list field, or one page of a connection (`edges { node }`). */
interface Page {
  field: FieldInfo;
  keys: string[];
  /** The first page (no `after`), the last one (`hasNextPage: false`); undefined: not known. */
  first: boolean;
  last: boolean | undefined;
  write(keys: string[]): void;
}

const PAGING = new Set(['after', 'before', 'first', 'last']);

/** A list field written again under the very key it was read from (no arguments: no `({})`). */
export function relink(cache: Cache, parent: string, field: FieldInfo, list: string[]): void {
  if (field.arguments) cache.link(parent, field.fieldName, field.arguments, list);
  else cache.link(parent, field.fieldName, list);
}

function invalidate(cache: Cache, parent: string, field: FieldInfo): void {
  cache.invalidate(parent, field.fieldName, field.arguments ?? undefined);
}

const edgeFields = new Set(['__typename', 'node']);

/** A connection's edges as a page; null when its edges hold more than their node (they cannot be rebuilt). */
function connectionPage(cache: Cache, parent: string, field: FieldInfo, connection: string): Page | null {
  const edges = cache.resolve(connection, 'edges');
  if (!Array.isArray(edges)) return null;
  if (edges.some((e) => cache.inspectFields(e as string).some((f) => !edgeFields.has(f.fieldName)))) return null;
  const pageInfo = cache.resolve(connection, 'pageInfo') as string | null | undefined;
  const hasNext = pageInfo ? cache.resolve(pageInfo, 'hasNextPage') : undefined;
  const connectionType = cache.resolve(connection, '__typename') as string;
  const edgeType = `${connectionType}Edge`;
  return {
    field,
    keys: edges.map((e) => cache.resolve(e as string, 'node') as string),
    first: !field.arguments?.after && !field.arguments?.before,
    last: typeof hasNext === 'boolean' ? !hasNext : undefined,
    write(keys) {
      edit(cache, parent, field, 'edges { node { id } }', () => ({
        __typename: connectionType,
        edges: keys.map((k) => ({
          __typename: edgeType,
          node: { __typename: cache.resolve(k, '__typename'), id: cache.resolve(k, 'id') },
        })),
      }));
    },
  };
}

/** The cached pages of each list `rules` knows on `parent`, grouped by their arguments without paging. */
function pagesOf(cache: Cache, parent: string, rules: ListRules<unknown>): Map<string, Page[]> {
  const groups = new Map<string, Page[]>();
  for (const field of cache.inspectFields(parent)) {
    if (!rules[field.fieldName]) continue;
    const value = cache.resolve(parent, field.fieldKey);
    let page: Page | null = null;
    if (Array.isArray(value)) {
      page = {
        field,
        keys: value as string[],
        first: true,
        last: true,
        write: (keys) => relink(cache, parent, field, keys),
      };
    } else if (typeof value === 'string') {
      page = connectionPage(cache, parent, field, value);
      if (!page) invalidate(cache, parent, field);
    }
    if (!page) continue;
    const filters = Object.entries(field.arguments ?? {}).filter(([name]) => !PAGING.has(name));
    const group = `${field.fieldName}${JSON.stringify(filters)}`;
    groups.set(group, [...(groups.get(group) ?? []), page]);
  }
  return groups;
}

/**
 * Puts an entity into the cached lists of `parent` (`Query` or an entity's key) it now belongs to
 * and takes it out of the others, by the server's rules; `toFront` moves it to the front of the
 * lists it stays in (new activity, newest first). A list that holds it and cannot tell whether it
 * still belongs is asked again of the server; lists never refetch because one entity changed.
 */
export function placeInLists<F>(
  cache: Cache,
  parent: string,
  key: string,
  rules: ListRules<F>,
  facts: F,
  options: { toFront?: boolean } = {},
): void {
  for (const pages of pagesOf(cache, parent, rules as ListRules<unknown>).values()) {
    const rule = rules[pages[0].field.fieldName];
    const verdict = rule.belongs(pages[0].field.arguments ?? {}, facts, cache);
    const holder = pages.find((p) => p.keys.includes(key));
    const without = (p: Page) => p.keys.filter((k) => k !== key);
    if (verdict === undefined) {
      if (holder) invalidate(cache, parent, holder.field);
      continue;
    }
    if (!verdict) {
      holder?.write(without(holder));
      continue;
    }
    const target = rule.at === 'front' ? pages.find((p) => p.first) : pages.find((p) => p.last ?? pages.length === 1);
    if (holder) {
      const moves = options.toFront && rule.at === 'front' && !(holder === target && holder.keys[0] === key);
      if (!moves) continue;
      if (holder !== target) holder.write(without(holder));
    }
    if (!target) continue;
    const rest = target === holder ? without(target) : target.keys;
    target.write(rule.at === 'front' ? [key, ...rest] : [...rest, key]);
  }
}

/** Whether a cached list on `parent` that `rules` knows could hold an entity (so that a new one is worth fetching). */
export function listsCouldHold(
  cache: Cache,
  parent: string,
  rules: ListRules<unknown>,
  could: (field: FieldInfo) => boolean = () => true,
): boolean {
  return cache.inspectFields(parent).some((f) => f.fieldName in rules && could(f));
}
