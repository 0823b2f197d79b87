import { decodeGlobalId, InvalidInputError } from '@lacewire/core';
import { z } from 'zod';

export const text = (max: number) => z.string().trim().min(1).max(max);
export const labels = z.array(z.string().trim().min(1).max(100)).max(50);

const uuid = z.uuid();

/** The local id of a decoded global id, when it is a uuid (what the columns hold); else InvalidInput. */
export function uuidIn(local: string, field: string): string {
  if (!uuid.safeParse(local).success) throw new InvalidInputError('Not a valid id.', field);
  return local;
}

/**
 * Shoe photos: Attachment global ids as the uuids the shoe keeps (absent and null pass through).
 * Decoded by hand: the files plugin, whose type they name, is not among this plugin's dependencies.
 */
export const photoUuids = (ids: readonly (string | number)[] | null | undefined) =>
  ids == null ? ids : ids.map((id) => uuidIn(decodeGlobalId(String(id), 'photoIds', ['Attachment']).id, 'photoIds'));

/** A preferred technician by decoded Account id: null clears it, undefined leaves it. */
export const technicianUuid = (id: { id: string } | null | undefined) =>
  id == null ? id : uuidIn(id.id, 'preferredTechnicianId');
