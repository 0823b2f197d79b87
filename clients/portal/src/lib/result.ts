/** Mutation results are unions of a success type and typed errors (`... on Error { message }`). */
export function errorOf(result: { __typename?: string; message?: string } | null | undefined): string | null {
  if (!result) return null;
  return 'message' in result && typeof result.message === 'string' ? result.message : null;
}
