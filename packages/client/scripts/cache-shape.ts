/**
 * Writes src/cache/shape.ts from /schema.graphql: what the normalized cache must know of the schema
 * without shipping it to the browser — the object types without an `id` (embedded in their parent,
 * never normalized) and the members of every interface and union (deterministic fragment matching
 * for `... on Error`). `pnpm schema` runs it after printing the schema; a unit test fails when the
 * file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, isInterfaceType, isObjectType, isUnionType } from 'graphql';

export const SCHEMA_FILE = fileURLToPath(new URL('../../../schema.graphql', import.meta.url));
export const SHAPE_FILE = fileURLToPath(new URL('../src/cache/shape.ts', import.meta.url));

/** The keyless types and the members of each abstract type, from the schema's text. */
export function shapeOf(sdl: string): { keyless: string[]; possibleTypes: Record<string, string[]> } {
  const schema = buildSchema(sdl);
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map((t) => t?.name));
  const types = Object.values(schema.getTypeMap())
    .filter((t) => !t.name.startsWith('__'))
    .sort((a, b) => a.name.localeCompare(b.name));
  const keyless = types.filter((t) => isObjectType(t) && !roots.has(t.name) && !t.getFields().id).map((t) => t.name);
  const possibleTypes: Record<string, string[]> = {};
  for (const t of types) {
    if (isInterfaceType(t) || isUnionType(t))
      possibleTypes[t.name] = schema
        .getPossibleTypes(t)
        .map((m) => m.name)
        .sort();
  }
  return { keyless, possibleTypes };
}

function fileText({ keyless, possibleTypes }: ReturnType<typeof shapeOf>): string {
  return [
    '// Generated from schema.graphql by packages/client/scripts/cache-shape.ts (`pnpm schema`): do not edit.',
    '',
    '/** Object types without an `id`: embedded in the entity that holds them. */',
    `export const KEYLESS_TYPES: readonly string[] = ${JSON.stringify(keyless)};`,
    '',
    '/** The members of each interface and union. */',
    `export const POSSIBLE_TYPES: Record<string, readonly string[]> = ${JSON.stringify(possibleTypes)};`,
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SHAPE_FILE, fileText(shapeOf(readFileSync(SCHEMA_FILE, 'utf8'))));
  console.log(`wrote ${SHAPE_FILE}`);
}
