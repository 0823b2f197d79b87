import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/** The names of the fields this operation selects on the resolver's result (through fragments). */
export function selectedFields(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) visit(info.fragments[selection.name.value]?.selectionSet);
      else if (selection.name.value !== '__typename') names.add(selection.name.value);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return names;
}

/**
 * The properties a resolver's rows need for the fields this operation selects on them (on each
 * item, for a list): `reads` says what each field reads, `always` what every row needs (its id,
 * what authorization checks). Undefined — read every column — when a selected field is not in
 * `reads`, e.g. one another plugin added to the type. Pass it to readPlain's `fields`.
 */
export function selectedProps<P extends string>(
  info: GraphQLResolveInfo,
  reads: Readonly<Record<string, readonly P[]>>,
  always: readonly P[],
): P[] | undefined {
  const props = new Set(always);
  for (const name of selectedFields(info)) {
    if (!Object.hasOwn(reads, name)) return undefined;
    for (const prop of reads[name]) props.add(prop);
  }
  return [...props];
}
