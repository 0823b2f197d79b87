import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * For component tests that answer operations with hand-written data: fills in the `__typename`
 * a real server sends on every object (the normalized cache keys entities by it), from the schema
 * and the operation. Abstract fields (unions, `node`) keep the `__typename` the test gave.
 */
export function withTypenames(schema: GraphQLSchema, document: DocumentNode, data: unknown): unknown {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation || data == null) return data;
  const root = schema.getRootType(operation.operation);
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const walk = (type: GraphQLCompositeType, selections: SelectionSetNode, value: any): any => {
    if (Array.isArray(value)) return value.map((v) => walk(type, selections, v));
    if (value == null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = { ...value };
    if (!out.__typename && isObjectType(type)) out.__typename = type.name;
    const concrete = isAbstractType(type) ? schema.getType(String(out.__typename)) : type;
    if (!concrete || !isObjectType(concrete)) return out;
    const visit = (set: SelectionSetNode) => {
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          const field = concrete.getFields()[selection.name.value];
          const named = field && getNamedType(field.type);
          if (selection.selectionSet && named && isCompositeType(named) && key in out)
            out[key] = walk(named, selection.selectionSet, out[key]);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
        else {
          const fragment = fragments.get(selection.name.value);
          if (fragment) visit(fragment.selectionSet);
        }
      }
    };
    visit(selections);
    return out;
  };
  return root ? walk(root, operation.selectionSet, data) : data;
}
