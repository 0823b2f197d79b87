import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

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
  let known = true;
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) visit(info.fragments[selection.name.value]?.selectionSet);
      else if (selection.name.value === '__typename') continue;
      else if (Object.hasOwn(reads, selection.name.value)) for (const prop of reads[selection.name.value]) props.add(prop);
      else known = false;
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return known ? [...props] : undefined;
}
