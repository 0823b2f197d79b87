/**
 * Expected failures. Each class is exposed in the schema as an object type implementing `Error`
 * (see schema/errors.ts), so clients get a typed result rather than a masked message.
 */
export class DomainError extends Error {
  override name = 'DomainError';
}

export class NotAllowedError extends DomainError {
  override name = 'NotAllowed';
  constructor(message = 'You are not allowed to do this.') {
    super(message);
  }
}

export class NotFoundError extends DomainError {
  override name = 'NotFound';
  constructor(what: string) {
    super(`${what} was not found.`);
  }
}

export class InvalidInputError extends DomainError {
  override name = 'InvalidInput';
  readonly field: string | null;
  constructor(message: string, field: string | null = null) {
    super(message);
    this.field = field;
  }
}

export class FeatureDisabledError extends DomainError {
  override name = 'FeatureDisabled';
  readonly feature: string;
  constructor(feature: string) {
    super(`The feature "${feature}" is not switched on for this store.`);
    this.feature = feature;
  }
}

export class RateLimitedError extends DomainError {
  override name = 'RateLimited';
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super(`Too many attempts; try again in ${retryAfterSeconds} s.`);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export class ConflictError extends DomainError {
  override name = 'Conflict';
}

/**
 * The operation or one of its statements ran past its deadline (GRAPHQL_TIMEOUT_MS,
 * DB_STATEMENT_TIMEOUT_MS, DB_LOCK_TIMEOUT_MS); its transaction rolled back. Safe to retry.
 */
export class TimeoutError extends DomainError {
  override name = 'Timeout';
  constructor(message = 'The server took too long and gave up; nothing was changed. Try again.') {
    super(message);
  }
}

/** A startup problem in the plugin set; the message tells the author what to change. */
export class PluginContractError extends Error {
  override name = 'PluginContractError';
}
