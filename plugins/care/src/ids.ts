import { decodeGlobalId, InvalidInputError } from '@lacewire/core';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Accepts a raw uuid or a Relay global id for accounts and customers; anything else is InvalidInput. */
export function toUuid(value: string | number, field: string): string {
  const text = String(value);
  const id = UUID.test(text) ? text : decodeGlobalId(text, field).id;
  if (!UUID.test(id)) throw new InvalidInputError('Not a valid id.', field);
  return id.toLowerCase();
}
