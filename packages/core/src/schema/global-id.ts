import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import type { GraphQLFieldResolver } from 'graphql';
import { InvalidInputError } from '../errors.ts';

/**
 * Relay global ids, one way for the whole platform: Pothos's own encoding (base64 of `Type:id`).
 * Schema fields use `t.arg.globalID` / `t.globalID`; code that meets an id outside those (event
 * payloads, ids inside JSON, lists of mixed ids) uses these two functions, never base64 by hand.
 */
export function globalId(typename: string, id: string | number): string {
  return encodeGlobalID(typename, id);
}

const TYPENAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The parts of a global id; anything else, or one of another type than `types`, is a typed InvalidInput. */
export function decodeGlobalId(value: string, field: string | null = null, types?: readonly string[]) {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(String(value));
  } catch {
    throw new InvalidInputError('Not a valid id.', field);
  }
  // Base64 of anything decodes to something: only a type name and an id without NUL are an id of this API.
  if (!TYPENAME.test(decoded.typename) || decoded.id === '' || decoded.id.includes('\u0000'))
    throw new InvalidInputError('Not a valid id.', field);
  if (types && !types.includes(decoded.typename))
    throw new InvalidInputError(`Expected the id of a ${types.join(' or ')}.`, field);
  return decoded;
}

/** The relay plugin's own check of `t.arg.globalID({ for })`: its message, matched to give it a type. */
const NOT_OF_TYPE = /^ID: .* is not of type: (.+)$/;

/**
 * Makes the id errors of argument decoding typed: the relay plugin throws an untyped validation
 * error when an id argument is of another type than its `for:`. Runs inside the errors plugin,
 * whose `unsafelyHandleInputErrors` returns the InvalidInput as the field's typed result (before
 * the field's auth check: it tells a caller only that its own id was malformed).
 */
class GlobalIdErrorsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapArgMappers(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object> | undefined,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ) {
    // Only fields whose arguments are mapped (ids decoded) can meet relay's error: others run bare.
    if (!resolver || fieldConfig.argMappers.length === 0) return resolver;
    const typed = (error: unknown) => {
      const match = error instanceof Error && NOT_OF_TYPE.exec(error.message);
      return match ? new InvalidInputError(`Expected the id of a ${match[1].split(', ').join(' or ')}.`) : error;
    };
    return (parent: unknown, args: object, ctx: Types['Context'], info: Parameters<typeof resolver>[3]) => {
      try {
        const result = resolver(parent, args, ctx, info);
        return result instanceof Promise ? result.catch((error) => Promise.reject(typed(error))) : result;
      } catch (error) {
        throw typed(error);
      }
    };
  }
}

export const GLOBAL_ID_ERRORS = 'lacewireGlobalIdErrors';

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      lacewireGlobalIdErrors: GlobalIdErrorsPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin(GLOBAL_ID_ERRORS, GlobalIdErrorsPlugin);
