import '@pothos/core';

type SchemaBuilder<_T> = PothosSchemaTypes.SchemaBuilder<any>;

import {
  ConflictError,
  CursorExpiredError,
  type DomainError,
  type ErrorParam,
  FeatureDisabledError,
  InvalidInputError,
  NotAllowedError,
  NotFoundError,
  RateLimitedError,
  TimeoutError,
} from '../errors.ts';

/** Errors every field with `errors: {}` may return. */
export const DEFAULT_ERROR_TYPES = [
  NotAllowedError,
  NotFoundError,
  InvalidInputError,
  FeatureDisabledError,
  ConflictError,
  RateLimitedError,
  TimeoutError,
];

const errorInterfaces = new WeakMap<object, any>();

/**
 * Adds an expected failure to the schema as an object type implementing `Error`. Plugins use it
 * for their own errors (`SlotTaken`, `InvalidTransition`, …) and list them in `errors.types`.
 */
export function defineErrorType<E extends DomainError>(
  builder: SchemaBuilder<any>,
  cls: new (...args: any[]) => E,
  options: { name: string; description: string; fields?: (t: any) => Record<string, any> },
) {
  return builder.objectType(cls, {
    name: options.name,
    description: options.description,
    interfaces: [errorInterfaces.get(builder)],
    isTypeOf: (value: unknown) => value instanceof cls,
    fields: options.fields ?? (() => ({})),
  });
}

export function registerErrorTypes(builder: SchemaBuilder<any>) {
  const param = builder.objectRef<ErrorParam>('ErrorParam').implement({
    description: 'A value the failure is about (a feature, a field, seconds to wait), for wording it.',
    fields: (t: any) => ({
      name: t.exposeString('name'),
      value: t.exposeString('value', { description: 'Lists are comma-separated; times ISO 8601.' }),
    }),
  });
  const errorInterface = builder.interfaceRef<DomainError>('Error').implement({
    description:
      "An expected failure: the operation changed nothing. Show `code` (with `params`) in the user's language; `message` is English, for logs.",
    fields: (t: any) => ({
      code: t.string({
        description: "Stable: the name of the failure's type (`FeatureDisabled`).",
        resolve: (e: DomainError) => e.code,
      }),
      params: t.field({ type: [param], resolve: (e: DomainError) => e.params }),
      message: t.exposeString('message'),
    }),
  });
  errorInterfaces.set(builder, errorInterface);
  defineErrorType(builder, NotAllowedError, {
    name: 'NotAllowed',
    description: 'The viewer may not do this (not signed in, wrong role or store).',
  });
  defineErrorType(builder, NotFoundError, {
    name: 'NotFound',
    description: 'The object does not exist or is not visible to the viewer.',
  });
  defineErrorType(builder, ConflictError, { name: 'Conflict', description: 'The object changed meanwhile; reload and retry.' });
  defineErrorType(builder, InvalidInputError, {
    name: 'InvalidInput',
    description: 'The input was refused; `field` names the offending input field.',
    fields: (t) => ({ field: t.exposeString('field', { nullable: true }) }),
  });
  defineErrorType(builder, FeatureDisabledError, {
    name: 'FeatureDisabled',
    description: 'The capability is switched off for this store (gray rollout).',
    fields: (t) => ({ feature: t.exposeString('feature') }),
  });
  defineErrorType(builder, RateLimitedError, {
    name: 'RateLimited',
    description: 'Too many attempts; retry after the given number of seconds.',
    fields: (t) => ({ retryAfterSeconds: t.exposeInt('retryAfterSeconds') }),
  });
  defineErrorType(builder, CursorExpiredError, {
    name: 'CursorExpired',
    description:
      'The cursor is older than the event log keeps (retention): refetch what is shown, then resume without a cursor. Subscriptions end with it (`extensions.code`).',
  });

  defineErrorType(builder, TimeoutError, {
    name: 'Timeout',
    description: 'The server gave up past its deadline; nothing was changed. Safe to retry.',
  });
}
