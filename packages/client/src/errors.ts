/** Why a query failed, as far as a screen cares: each kind gets its own message and a retry. */
export type LoadErrorKind = 'timeout' | 'network' | 'other';

interface ErrorLike {
  networkError?: unknown;
  graphQLErrors?: { extensions?: Record<string, unknown> }[];
}

/** Classifies an urql CombinedError (a deadline passed, an unreachable server, the rest). */
export function loadErrorKind(error: ErrorLike): LoadErrorKind {
  if (error.graphQLErrors?.some((e) => e.extensions?.code === 'Timeout')) return 'timeout';
  // The client's own deadline (createLacewire's requestTimeoutMs): AbortSignal.timeout's error.
  if ((error.networkError as { name?: string } | undefined)?.name === 'TimeoutError') return 'timeout';
  if (error.networkError) return 'network';
  return 'other';
}
