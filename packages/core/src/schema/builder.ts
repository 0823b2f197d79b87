import SchemaBuilder, { brandWithType, getTypeBrand, InterfaceRef, ObjectRef } from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import type { Context } from '../context.ts';
import { InvalidInputError, NotAllowedError } from '../errors.ts';
import { hasStoreRole, isStaff, type StaffRole } from '../viewer.ts';
import { DEFAULT_ERROR_TYPES, registerErrorTypes } from './errors.ts';
import { decodeGlobalId, GLOBAL_ID_ERRORS } from './global-id.ts';

export interface SchemaTypes {
  Context: Context;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
    ID: { Input: string; Output: string | number };
  };
  AuthScopes: {
    signedIn: boolean;
    customer: boolean;
    staff: boolean;
    owner: boolean;
    /** Staff of the given store (any role), or an owner. */
    storeStaff: string;
    /** Staff of the given store in one of the roles, or an owner. */
    storeRole: { storeId: string; roles: StaffRole[] };
  };
  DefaultFieldNullability: false;
}

export type Builder = PothosSchemaTypes.SchemaBuilder<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>>;

/** The one builder every plugin's `schema(builder)` writes into. */
export function createBuilder(): Builder {
  resetSharedRefs();
  const builder = new SchemaBuilder<SchemaTypes>({
    // Errors before scope-auth so refused fields return a typed NotAllowed.
    // The global-id errors plugin last: it types relay's id errors inside the errors plugin.
    plugins: [ErrorsPlugin, ScopeAuthPlugin, RelayPlugin, DataloaderPlugin, ValidationPlugin, GLOBAL_ID_ERRORS],
    defaultFieldNullability: false,
    scopeAuth: {
      authorizeOnSubscribe: true,
      unauthorizedError: () => new NotAllowedError(),
      authScopes: (ctx) => ({
        signedIn: !!ctx.viewer,
        customer: !!ctx.viewer?.customerId,
        staff: isStaff(ctx.viewer),
        owner: !!ctx.viewer?.isOwner,
        storeStaff: (storeId) => hasStoreRole(ctx.viewer, storeId),
        storeRole: ({ storeId, roles }) => hasStoreRole(ctx.viewer, storeId, roles),
      }),
    },
    relay: {
      clientMutationId: 'omit',
      cursorType: 'String',
      // A malformed id argument is a typed InvalidInput, not an internal error.
      decodeGlobalID: (id) => decodeGlobalId(id),
      // Pothos brands a loaded node with its type only once its own lookup is done; a second
      // `node` field asking for the same id in one operation gets the pending value first, and
      // the Node interface could not tell its type. So every answer is branded from its global ID.
      nodeQueryOptions: {
        resolve: async (_root, args, _ctx, _info, resolveNode) => branded(await resolveNode(args.id), args.id.typename),
      },
      nodesQueryOptions: {
        resolve: async (_root, args, _ctx, _info, resolveNodes) =>
          (await resolveNodes(args.ids)).map((node, i) => branded(node, args.ids[i].typename)),
      },
    },
    errors: { directResult: true, defaultTypes: DEFAULT_ERROR_TYPES, unsafelyHandleInputErrors: true },
    // Refused input is a typed InvalidInput (in the field's error union when it has one), naming the field.
    validation: { validationError: invalidInput },
  });
  builder.addScalarType('DateTime', DateTimeResolver, {
    // The ISO string JSON would write anyway: a Date left in a result sends JSON.stringify down
    // its slow path (200 dates of a board: 250 µs as Dates, 140 µs as strings). Valid Dates (what
    // rows hold) skip the library's checks; anything else gets them and its errors.
    serialize: (value) =>
      (value instanceof Date && !Number.isNaN(value.getTime())
        ? value
        : (DateTimeResolver.serialize(value) as Date)
      ).toISOString(),
  });
  builder.addScalarType('JSON', JSONResolver);
  builder.queryType({});
  builder.mutationType({});
  builder.subscriptionType({});
  registerErrorTypes(builder);
  builder.objectType(DoneRef, {
    description: 'The mutation succeeded and has nothing else to return.',
    fields: (t) => ({ ok: t.exposeBoolean('ok') }),
  });
  return builder as unknown as Builder;
}

function invalidInput(failure: { issues: readonly { message: string; path?: readonly unknown[] }[] }): InvalidInputError {
  const pathOf = (issue: (typeof failure.issues)[number]) =>
    (issue.path ?? []).map((p) => (p && typeof p === 'object' && 'key' in p ? p.key : p)).filter((k) => k !== 'input');
  const message = failure.issues
    .map((issue) => {
      const path = pathOf(issue).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
  const field = [...pathOf(failure.issues[0] ?? { message: '' })].reverse().find((k) => typeof k === 'string');
  return new InvalidInputError(message, (field as string | undefined) ?? null);
}

function branded<T>(node: T, typename: string): T {
  if (node && typeof node === 'object' && getTypeBrand(node) === null) brandWithType(node, typename as never);
  return node;
}

export type Types = PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>;

/**
 * A schema type handle created outside any builder, so other plugins can import it and extend
 * the type (`builder.objectField(StoreRef, 'orders', …)`). Implement it in `schema(builder)`.
 */
export function objectRef<Shape>(name: string): ObjectRef<Types, Shape> {
  return share(new ObjectRef<Types, Shape>(name));
}

export function interfaceRef<Shape>(name: string): InterfaceRef<Types, Shape> {
  return share(new InterfaceRef<Types, Shape>(name));
}

/**
 * Pothos refs collect their fields while a schema is built. Shared refs live in modules and
 * serve every platform of the process (tests start several), so each build starts them afresh.
 * Builds are synchronous and never interleave.
 */
const sharedRefs = new Set<ObjectRef<Types, unknown> | InterfaceRef<Types, unknown>>();

function share<R extends ObjectRef<Types, any> | InterfaceRef<Types, any>>(ref: R): R {
  sharedRefs.add(ref);
  return ref;
}

function resetSharedRefs() {
  for (const ref of sharedRefs) {
    const fresh = new (ref.constructor as new (name: string) => object)(ref.name);
    for (const key of Object.keys(ref)) delete (ref as unknown as Record<string, unknown>)[key];
    Object.assign(ref, fresh);
  }
}

/** Result of mutations that have nothing else to return. */
export const DoneRef = objectRef<{ ok: boolean }>('Done');
