/**
 * Failures in the user's language. The server gives every expected failure a stable `code` and
 * its `params` (schema: `interface Error`); top-level errors carry a code in `extensions`. The
 * apps show `errors.<code>` from the shared catalogue (i18n/*.json) — never the server's English
 * `message`. An unknown code reads as `errors.unknown`.
 */

export interface TypedError {
  __typename?: string;
  code?: string;
  params?: readonly { name: string; value: string }[] | null;
}

/** What urql hands back for a failed request (CombinedError), loosely. */
export interface RequestError {
  networkError?: unknown;
  graphQLErrors?: readonly { extensions?: Record<string, unknown> | null }[];
}

export interface Translator {
  t(key: string, named?: Record<string, unknown>): string;
  te(key: string): boolean;
}

/**
 * The code of a failed operation's result, or null when the result is not a failure: the typed
 * error's code; `Timeout` for either deadline (the server's, or the client's own request timeout:
 * AbortSignal.timeout's error); `network` for an unreachable server; else the first error's code.
 * The one classifier of failures: texts (`errorText`) and load errors (`loadErrorKind`) both use it.
 */
export function errorCode(value: unknown, error?: RequestError | null): string | null {
  if (value && typeof value === 'object' && typeof (value as TypedError).code === 'string')
    return (value as TypedError).code ?? null;
  if (error?.graphQLErrors?.some((e) => e.extensions?.code === 'Timeout')) return 'Timeout';
  if ((error?.networkError as { name?: string } | undefined)?.name === 'TimeoutError') return 'Timeout';
  if (error?.networkError) return 'network';
  const code = error?.graphQLErrors?.[0]?.extensions?.code;
  if (typeof code === 'string') return code;
  return error ? 'unknown' : null;
}

function paramsOf(value: unknown, error?: RequestError | null): Record<string, string> {
  const list = value && typeof value === 'object' ? (value as TypedError).params : error?.graphQLErrors?.[0]?.extensions?.params;
  const params: Record<string, string> = {};
  if (Array.isArray(list)) for (const p of list) if (p && typeof p.name === 'string') params[p.name] = String(p.value);
  const field = error?.graphQLErrors?.[0]?.extensions?.field;
  if (typeof field === 'string' && !params.field) params.field = field;
  return params;
}

const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(0)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/** Parameters as the texts use them: feature names translated, sizes and durations readable. */
function worded(i18n: Translator, params: Record<string, string>): Record<string, string> {
  const out = { ...params };
  if (params.feature) {
    const key = `features.${params.feature}.name`;
    out.featureName = i18n.te(key) ? i18n.t(key) : params.feature;
  }
  if (params.maxBytes) out.maxSize = kb(Number(params.maxBytes));
  if (params.windowSeconds) out.windowMinutes = String(Math.round(Number(params.windowSeconds) / 60));
  return out;
}

/**
 * The text to show for a failed operation: `value` is the mutation's union result (a typed error
 * when it failed), `error` urql's error for the request. Null when neither is a failure.
 */
export function errorText(i18n: Translator, value: unknown, error?: RequestError | null): string | null {
  const code = errorCode(value, error);
  if (!code) return null;
  const key = `errors.${code}`;
  return i18n.t(i18n.te(key) ? key : 'errors.unknown', worded(i18n, paramsOf(value, error)));
}

/** Whether a union result is a typed error (it has a code). */
export function isError(value: unknown): value is TypedError {
  return !!value && typeof value === 'object' && typeof (value as TypedError).code === 'string';
}

/** Why a query failed, as far as a screen cares: each kind gets its own message and a retry. */
export type LoadErrorKind = 'timeout' | 'network' | 'other';

/** A failed load as `errorCode` classifies it, in the three kinds a screen words differently. */
export function loadErrorKind(error: RequestError): LoadErrorKind {
  const code = errorCode(null, error);
  return code === 'Timeout' ? 'timeout' : code === 'network' ? 'network' : 'other';
}

/**
 * Whether the record a screen shows by the id in its address is missing: the query answered and
 * the record is not there (null, or a node of another type), or the id is malformed (the server's
 * InvalidInput). Not while the first answer is on its way, nor when the request itself failed
 * (QueryError says that).
 */
export function isNotFound(answered: boolean, record: unknown, error?: RequestError | null): boolean {
  if (record) return false;
  if (error?.graphQLErrors?.some((e) => e.extensions?.code === 'InvalidInput')) return true;
  return answered && !error;
}
