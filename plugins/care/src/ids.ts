import { InvalidInputError } from '@lacewire/core';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Accepts a raw uuid or a Relay global id (`base64(Type:uuid)`) for accounts and customers. */
export function toUuid(value: string | number, field: string): string {
  const text = String(value);
  if (UUID.test(text)) return text.toLowerCase();
  const decoded = Buffer.from(text, 'base64').toString();
  const id = decoded.slice(decoded.indexOf(':') + 1);
  if (decoded.includes(':') && UUID.test(id)) return id.toLowerCase();
  throw new InvalidInputError('Not a valid id.', field);
}

/** The Relay global id of a work order (errors and events name orders the way `node(id:)` does). */
export const orderGlobalId = (id: string) => Buffer.from(`WorkOrder:${id}`).toString('base64');
