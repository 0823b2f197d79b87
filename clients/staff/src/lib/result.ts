/** A mutation's union result: the expected type, or one of the typed errors. */
export interface ErrorResult {
  __typename: string;
  message?: string;
  field?: string | null;
}

/**
 * Narrows a mutation union to the success type, or returns the error message to show
 * (typed errors carry a message; top-level errors come as a CombinedError).
 */
export function outcome<T extends { __typename?: string }, K extends string>(
  value: T | null | undefined,
  success: K,
): { ok: Extract<T, { __typename?: K }>; error: null } | { ok: null; error: ErrorResult } {
  if (value && value.__typename === success) return { ok: value as Extract<T, { __typename?: K }>, error: null };
  const error = (value ?? { __typename: 'network' }) as ErrorResult;
  return { ok: null, error };
}
