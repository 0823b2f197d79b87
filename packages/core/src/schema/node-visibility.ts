import { encodeGlobalID } from '@pothos/plugin-relay';
import { execute, type GraphQLSchema, parse } from 'graphql';
import type { Context } from '../context.ts';

const NODE = parse('query LacewireCanSee($id: ID!) { node(id: $id) { __typename } }');

/**
 * Whether the viewer may see an object of another plugin, asked the way a client would: through
 * `node(id:)`, whose lookup is each type's own authorization. For references a client attaches
 * (a message linking an order) without knowing the owning plugin; an uninstalled type is unseen.
 */
export async function canSeeNode(schema: GraphQLSchema, context: Context, typename: string, id: string): Promise<boolean> {
  if (!schema.getType(typename)) return false;
  const result = await execute({
    schema,
    document: NODE,
    contextValue: context,
    variableValues: { id: encodeGlobalID(typename, id) },
  });
  return !!(result.data as { node?: unknown } | null | undefined)?.node;
}
