import { GraphQLError } from 'graphql';
import type { Runtime } from '../runtime.ts';
import type { Viewer } from '../viewer.ts';

/** `Bearer <token>` or a bare token; null when absent. */
export function bearerToken(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const match = /^Bearer\s+(.+)$/i.exec(value.trim());
  return match ? match[1].trim() : value.trim();
}

/** No token: anonymous. A token that is unknown, expired or revoked: refused outright. */
export async function viewerFor(runtime: Runtime, authorization: unknown): Promise<Viewer | null> {
  const token = bearerToken(authorization);
  if (!token) return null;
  const viewer = await runtime.authenticate(token);
  if (!viewer) {
    throw new GraphQLError('Your session has expired or was signed out; sign in again.', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  return viewer;
}
