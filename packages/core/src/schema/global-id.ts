import { InvalidInputError } from '../errors.ts';

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const TYPENAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Decodes a Relay global ID (base64 of `Type:id`); anything else is the client's mistake, a typed
 * InvalidInput, not an internal error. Whether the id exists (or is well-formed for its table) is
 * for the lookup: the database refuses a malformed uuid, which the platform answers as InvalidInput.
 */
export function decodeGlobalID(globalID: string): { typename: string; id: string } {
  const text = BASE64.test(globalID) ? Buffer.from(globalID, 'base64').toString('utf8') : '';
  const colon = text.indexOf(':');
  const typename = text.slice(0, colon);
  const id = text.slice(colon + 1);
  if (colon <= 0 || !TYPENAME.test(typename) || id === '' || id.includes('\u0000')) {
    throw new InvalidInputError(`"${globalID.slice(0, 100)}" is not an ID of this API.`, 'id');
  }
  return { typename, id };
}
