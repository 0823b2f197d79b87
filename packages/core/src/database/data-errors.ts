import { InvalidInputError } from '../errors.ts';

/**
 * PostgreSQL's data exceptions (SQLSTATE class 22: a malformed uuid, number or date, a NUL
 * character, a value out of range) come from values the client sent that slipped past
 * validation. They are the client's mistake: InvalidInput, never an internal error.
 */
export function asInvalidInput(error: unknown): InvalidInputError | null {
  for (let e: any = error, depth = 0; e && depth < 5; e = e.cause, depth++) {
    if (typeof e.code === 'string' && e.code.startsWith('22')) {
      return new InvalidInputError('A value in the request is malformed (for example an id of the wrong kind).');
    }
  }
  return null;
}
