import type { TestClient } from '@lacewire/testing';

/** The parts of introspection the id-form test reads. */
export interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
export interface InputValue {
  name: string;
  type: TypeRef;
  defaultValue: string | null;
}
export interface Field {
  name: string;
  args: InputValue[];
  type: TypeRef;
}
export interface NamedType {
  kind: 'OBJECT' | 'INTERFACE' | 'UNION' | 'INPUT_OBJECT' | 'ENUM' | 'SCALAR';
  name: string;
  fields: Field[] | null;
  inputFields: InputValue[] | null;
  interfaces: { name: string }[] | null;
  possibleTypes: { name: string }[] | null;
  enumValues: { name: string }[] | null;
}
export interface Schema {
  types: Map<string, NamedType>;
  query: string;
  mutation: string;
  /** Types implementing Node: what every id must name. */
  nodeTypes: Set<string>;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INTROSPECTION = `{ __schema { queryType { name } mutationType { name } types {
  kind name interfaces { name } possibleTypes { name } enumValues { name }
  fields { name type { ${TYPE_REF} } args { name defaultValue type { ${TYPE_REF} } } }
  inputFields { name defaultValue type { ${TYPE_REF} } } } } }`;

export async function introspect(client: TestClient): Promise<Schema> {
  const { __schema } = await client.query(INTROSPECTION);
  const types = new Map<string, NamedType>(__schema.types.map((t: NamedType) => [t.name, t]));
  const nodeTypes = new Set<string>(
    __schema.types.filter((t: NamedType) => t.interfaces?.some((i) => i.name === 'Node')).map((t: NamedType) => t.name),
  );
  return { types, query: __schema.queryType.name, mutation: __schema.mutationType.name, nodeTypes };
}

export const named = (ref: TypeRef): string => (ref.ofType ? named(ref.ofType) : (ref.name as string));
export const required = (v: InputValue) => v.type.kind === 'NON_NULL' && v.defaultValue === null;

/** A field that holds ids by its name: `id`, `…Id`, `…Ids`. */
export const isIdField = (f: { name: string; type: TypeRef }) => named(f.type) === 'ID' && /^id$|Ids?$/.test(f.name);

/** The text of a GraphQL type reference, for variable declarations (`[ID!]!`). */
export function typeText(ref: TypeRef): string {
  if (ref.kind === 'NON_NULL') return `${typeText(ref.ofType as TypeRef)}!`;
  if (ref.kind === 'LIST') return `[${typeText(ref.ofType as TypeRef)}]`;
  return ref.name as string;
}

/** Values for required arguments the walk can fill without knowing the data; null: leave the field out. */
export type ArgFiller = (arg: InputValue) => unknown;

/**
 * A selection of every id field under `typeName`, `depth` levels down, each object with its
 * `__typename`; fields whose required arguments `fill` cannot give are left out, and so are
 * types already on the path (no cycles) and subtrees without ids. Null when nothing is selected.
 */
export function idSelection(
  schema: Schema,
  typeName: string,
  depth: number,
  fill: ArgFiller,
  path: string[] = [],
): string | null {
  const type = schema.types.get(typeName) as NamedType;
  if (type.kind === 'UNION' || type.kind === 'INTERFACE') {
    const parts = (type.possibleTypes ?? [])
      .map((p) => [p.name, idSelection(schema, p.name, depth, fill, path)] as const)
      .filter(([, s]) => s)
      .map(([name, s]) => `... on ${name} ${s}`);
    return parts.length ? `{ __typename ${parts.join(' ')} }` : null;
  }
  const parts: string[] = [];
  for (const field of type.fields ?? []) {
    const args = argumentsText(field, fill);
    if (args === null) continue;
    if (isIdField(field)) parts.push(field.name + args);
    const target = schema.types.get(named(field.type)) as NamedType;
    if (depth === 0 || !['OBJECT', 'INTERFACE', 'UNION'].includes(target.kind) || path.includes(target.name)) continue;
    const sub = idSelection(schema, target.name, depth - 1, fill, [...path, typeName]);
    if (sub) parts.push(`${field.name}${args} ${sub}`);
  }
  return parts.length ? `{ __typename ${parts.join(' ')} }` : null;
}

/** `(a: …, b: …)` for the field's required arguments, '' without any, null when one cannot be filled. */
export function argumentsText(field: Field, fill: ArgFiller): string | null {
  const given: string[] = [];
  for (const arg of field.args.filter(required)) {
    const value = fill(arg);
    if (value === null || value === undefined) return null;
    given.push(`${arg.name}: ${JSON.stringify(value)}`);
  }
  return given.length ? `(${given.join(', ')})` : '';
}

/** Every `Type.field` holding ids in a result, with its values (lists flattened). */
export function idValues(schema: Schema, value: unknown, found = new Map<string, string[]>()): Map<string, string[]> {
  if (Array.isArray(value)) {
    for (const item of value) idValues(schema, item, found);
    return found;
  }
  if (!value || typeof value !== 'object') return found;
  const object = value as Record<string, unknown>;
  const type = typeof object.__typename === 'string' ? schema.types.get(object.__typename) : undefined;
  for (const [key, inner] of Object.entries(object)) {
    const field = type?.fields?.find((f) => f.name === key);
    if (field && isIdField(field)) {
      const ids = (Array.isArray(inner) ? inner : [inner]).filter((v): v is string => typeof v === 'string');
      found.set(`${type?.name}.${key}`, [...(found.get(`${type?.name}.${key}`) ?? []), ...ids]);
    } else idValues(schema, inner, found);
  }
  return found;
}
