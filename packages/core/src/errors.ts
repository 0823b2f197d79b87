/** A parameter of an expected failure, as clients get it to word the failure in their language. */
export interface ErrorParam {
  name: string;
  value: string;
}

const NOT_PARAMS = new Set(['name', 'message', 'stack', 'cause']);

/**
 * Expected failures. Each class is exposed in the schema as an object type implementing `Error`
 * (see schema/errors.ts), so clients get a typed result rather than a masked message. Its `code`
 * is its schema type's name (stable: clients translate it); its own public fields are its `params`
 * (`feature`, `retryAfterSeconds`, …). `message` is English for logs and older clients only.
 */
export class DomainError extends Error {
  override name = 'DomainError';

  get code(): string {
    return this.name;
  }

  get params(): ErrorParam[] {
    return Object.entries(this)
      .filter(([name, value]) => !NOT_PARAMS.has(name) && value !== null && value !== undefined)
      .map(([name, value]) => ({ name, value: paramText(value) }));
  }
}

function paramText(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(paramText).join(',');
  return String(value);
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

/** The cursor is older than the event log keeps: the client refetches what it shows and resumes from now. */
export class CursorExpiredError extends DomainError {
  override name = 'CursorExpired';
  constructor() {
    super('Events after this cursor are no longer kept: refetch, then subscribe without a cursor.');
  }
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
