import { gql, type TypedDocumentNode } from '@urql/core';
import type { Cache, FieldInfo } from '@urql/exchange-graphcache';

const documents = new Map<string, TypedDocumentNode>();

/** A fragment on the parent's type selecting one field, its arguments passed as variables. */
function fragmentFor(typename: string, field: FieldInfo, selection: string): TypedDocumentNode {
  const names = Object.keys(field.arguments ?? {});
  const call = names.length ? `(${names.map((n) => `${n}: $${n}`).join(', ')})` : '';
  const text = `fragment LacewireEdit on ${typename} { ${typename === 'Query' ? '' : 'id '}${field.fieldName}${call}${
    selection ? ` { ${selection} }` : ''
  } }`;
  let document = documents.get(text);
  if (!document) documents.set(text, (document = gql(text)));
  return document;
}

/**
 * Rewrites one field of a cached parent (`Query` or an entity's key) through `selection`:
 * `change` gets the field as that selection reads it (null when the cache lacks part of it) and
 * returns its new value, or undefined to leave it as it is. Embedded objects (list items without
 * an id) are written back in place, so their fields the selection leaves out stay as they were;
 * new ones get the cache's usual keys. Returns whether it wrote.
 */
export function edit(
  cache: Cache,
  parent: string,
  field: FieldInfo,
  selection: string,
  change: (value: any) => unknown,
): boolean {
  const typename = parent === 'Query' ? 'Query' : (cache.resolve(parent, '__typename') as string | undefined);
  if (!typename) return false;
  const document = fragmentFor(typename, field, selection);
  const variables = field.arguments ?? {};
  const current = cache.readFragment(document, parent, variables) as Record<string, unknown> | null;
  const next = change(current?.[field.fieldName] ?? null);
  if (next === undefined) return false;
  const entity = typename === 'Query' ? {} : { id: cache.resolve(parent, 'id') };
  cache.writeFragment(document, { __typename: typename, ...entity, [field.fieldName]: next }, variables);
  return true;
}

/** A field without arguments, as `edit` takes it. */
export function fieldOf(name: string): FieldInfo {
  return { fieldKey: name, fieldName: name, arguments: null };
}
