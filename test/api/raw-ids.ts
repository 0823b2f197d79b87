import { randomUUID } from 'node:crypto';
import { globalId, type TestClient } from '@lacewire/testing';
import { type Field, type InputValue, isIdField, type NamedType, named, required, type Schema, typeText } from './schema-walk.ts';

/** One id argument of a root field: `input.customerId`, `storeId`, `input.services.serviceId`. */
export interface IdTarget {
  operation: 'query' | 'mutation';
  field: Field;
  path: string[];
}

/** Every id-holding argument (or input field, nested) of the root fields of one operation type. */
export function idTargets(schema: Schema, operation: IdTarget['operation']): IdTarget[] {
  const root = schema.types.get(operation === 'query' ? schema.query : schema.mutation) as NamedType;
  const targets: IdTarget[] = [];
  for (const field of root.fields ?? []) {
    if (field.name === 'node' || field.name === 'nodes') continue;
    for (const path of idPaths(schema, field.args, [], 0)) targets.push({ operation, field, path });
  }
  return targets;
}

function idPaths(schema: Schema, values: InputValue[], prefix: string[], depth: number): string[][] {
  return values.flatMap((value) => {
    if (isIdField(value)) return [[...prefix, value.name]];
    const type = schema.types.get(named(value.type));
    if (type?.kind !== 'INPUT_OBJECT' || depth > 3) return [];
    return idPaths(schema, type.inputFields ?? [], [...prefix, value.name], depth + 1);
  });
}

/** Type names by the stem of an id field's name, where the stem is not the type's own name. */
const STEM_TYPES: Record<string, string> = {
  order: 'WorkOrder',
  call: 'CallSession',
  task: 'FollowUpTask',
  step: 'CareStep',
  photo: 'Attachment',
  video: 'Attachment',
  attachment: 'Attachment',
};

/** A well-formed global id for an id field the test does not aim at, guessed from its name (Account otherwise). */
function plausibleId(schema: Schema, name: string): string {
  const stem = name.replace(/Ids?$/, '');
  const own = stem.charAt(0).toUpperCase() + stem.slice(1);
  const alias = Object.entries(STEM_TYPES).find(([key]) => stem.toLowerCase().endsWith(key.toLowerCase()))?.[1];
  const typename = schema.nodeTypes.has(own) ? own : (alias ?? 'Account');
  return globalId(typename, randomUUID());
}

/** A value of the type for a required input; `target` (a path below it) gets the raw uuid. */
function inputValue(schema: Schema, value: InputValue, target: string[] | null, raw: string): unknown {
  const list = (v: unknown) => (value.type.kind === 'LIST' || value.type.ofType?.kind === 'LIST' ? [v] : v);
  const type = schema.types.get(named(value.type)) as NamedType;
  if (target?.length === 0) return list(raw);
  if (type.kind === 'INPUT_OBJECT') {
    const fields = (type.inputFields ?? []).filter((f) => required(f) || f.name === target?.[0]);
    return list(
      Object.fromEntries(
        fields.map((f) => [f.name, inputValue(schema, f, f.name === target?.[0] ? target.slice(1) : null, raw)]),
      ),
    );
  }
  if (type.kind === 'ENUM') return list(type.enumValues?.[0]?.name);
  if (type.name === 'ID') return list(plausibleId(schema, value.name));
  const scalars: Record<string, unknown> = { Int: 1, Float: 1, Boolean: false, DateTime: new Date().toISOString(), JSON: {} };
  return list(type.name in scalars ? scalars[type.name] : 'x');
}

/** What a raw uuid in the target's place answered: 'InvalidInput' (and the field it names) or anything else. */
export async function answerToRawId(
  schema: Schema,
  client: TestClient,
  target: IdTarget,
): Promise<{ code: string; field: string | null }> {
  const raw = randomUUID();
  const args = target.field.args.filter((a) => required(a) || a.name === target.path[0]);
  const variables = Object.fromEntries(
    args.map((a) => [a.name, inputValue(schema, a, a.name === target.path[0] ? target.path.slice(1) : null, raw)]),
  );
  const declared = args.map((a) => `$${a.name}: ${typeText(a.type)}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const result = schema.types.get(named(target.field.type)) as NamedType;
  const errorUnion = result.possibleTypes?.some((p) => p.name === 'InvalidInput');
  const selection = ['OBJECT', 'INTERFACE', 'UNION'].includes(result.kind)
    ? `{ __typename ${errorUnion ? '... on InvalidInput { field }' : ''} }`
    : '';
  const document = `${target.operation}${declared ? `(${declared})` : ''} { answer: ${target.field.name}${passed ? `(${passed})` : ''} ${selection} }`;
  const response = await client.request(document, variables);
  const error = response.errors?.[0];
  if (error) return { code: String(error.extensions?.code ?? error.message), field: (error.extensions?.field as string) ?? null };
  const answer = response.data?.answer;
  return { code: answer?.__typename ?? 'accepted', field: answer?.field ?? null };
}
