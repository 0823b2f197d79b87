export { type Backoff, backoffDelay } from './backoff.ts';
export {
  type Budgets,
  ConnectionBudgets,
  defaultBudgets,
  defineRequestClass,
  type RequestClass,
  type RequestKind,
} from './budgets.ts';
export { type BatchRun, Coalescer } from './coalesce.ts';
export type { Context } from './context.ts';
export { startEmbeddedDatabase } from './database/embedded.ts';
export { type Children, children, exec, type PlainWhere, readPlain, rows, sql } from './database/sql.ts';
export { SecondConnectionError } from './database/tx-scope.ts';
export { DEFAULT_DEADLINES, type Deadlines } from './deadlines.ts';
export * from './errors.ts';
export { type Audience, canSee } from './events/audience.ts';
export type { LoggedEvent } from './events/log.ts';
export type { SubscribeOptions } from './events/subscribe.ts';
export { bearerToken } from './http/auth.ts';
export { COMPRESS_MIN_BYTES, compress, compressible, type Encoding, negotiateEncoding } from './http/compression.ts';
export { inRequestClass } from './http/request-classes.ts';
export type { HttpRoute } from './http/route.ts';
export { CSRF_HEADER, DEFAULT_LIMITS, type Limits, type PersistedOperations } from './http/security.ts';
export { SESSION_ENDED } from './http/websocket.ts';
export {
  expireIdempotencyKeys,
  IDEMPOTENCY_HORIZON_HOURS,
  IDEMPOTENCY_KEY_FIELD,
  type OnceOptions,
  type Replayable,
  replayable,
  replayableEntity,
} from './idempotency.ts';
export { batchLoader, sharedLoader } from './loaders.ts';
export {
  DEFAULT_LOCALE,
  defineMessages,
  formatMessage,
  isLocale,
  isMessageRef,
  LOCALES,
  type Locale,
  type Message,
  MessageCatalogue,
  type MessageRef,
  type Messages,
  type Reader,
  readerOf,
} from './messages.ts';
export { createPlatform, type Platform, type PlatformOptions } from './platform.ts';
export * from './plugin.ts';
export { orderPlugins } from './plugin-graph.ts';
export { type LimitKey, limitAttempts, type RateLimit } from './rate-limit.ts';
export type { EphemeralEvent, Runtime } from './runtime.ts';
export { type Builder, DoneRef, interfaceRef, objectRef, type SchemaTypes, type Types } from './schema/builder.ts';
export { defineErrorType } from './schema/errors.ts';
export { decodeGlobalId, globalId } from './schema/global-id.ts';
export { idempotencyKeyInput } from './schema/idempotency-key.ts';
export { canSeeNode } from './schema/node-visibility.ts';
export { printPlatformSchema } from './schema/print.ts';
export { selectedFields, selectedProps } from './schema/selection.ts';
export * from './viewer.ts';
