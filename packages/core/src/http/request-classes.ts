import { type DocumentNode, type GraphQLSchema, getOperationAST, Kind } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ConnectionBudgets, RequestClass, RequestKind } from '../budgets.ts';

const EXTENSION = 'lacewireRequestClass';

/**
 * Field extensions that put a mutation in a request class (its own share of the pool):
 * `builder.mutationField('bookAppointment', (t) => t.field({ extensions: inRequestClass(BOOKINGS), … }))`.
 */
export function inRequestClass(cls: RequestClass): Record<string, unknown> {
  return { [EXTENSION]: cls };
}

/**
 * A query (or subscription) reads; a mutation writes, in its fields' class when every root field
 * names the same one (a document mixing classes counts against the writes' share only).
 */
export function requestKind(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): RequestKind {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== 'mutation') return 'reads';
  const fields = schema.getMutationType()?.getFields() ?? {};
  let found: RequestClass | null | undefined;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return 'writes';
    if (selection.name.value === '__typename') continue;
    const cls = (fields[selection.name.value]?.extensions?.[EXTENSION] as RequestClass | undefined) ?? null;
    if (found !== undefined && found?.name !== cls?.name) return 'writes';
    found = cls;
  }
  return found ?? 'writes';
}

/** What the request-kind hook leaves on the context for the viewer's lookup. */
export interface HasRequestKind {
  requestKind?: RequestKind;
}

/**
 * Every GraphQL operation takes its connections from its kind's share (see budgets.ts). The kind
 * is known once the document is validated, before the context is built: an HTTP request's viewer
 * lookup counts against it too (platform.ts reads `requestKind` off the context).
 */
export function requestClasses(budgets: ConnectionBudgets): Plugin {
  return {
    onValidate({ params, context, extendContext }) {
      const operationName = (context as { params?: { operationName?: string | null } }).params?.operationName;
      const extension: HasRequestKind = { requestKind: requestKind(params.schema, params.documentAST, operationName) };
      extendContext(extension as Record<string, unknown>);
    },
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args) => budgets.within(requestKind(args.schema, args.document, args.operationName), () => executeFn(args)));
    },
  };
}
