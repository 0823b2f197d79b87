import { decodeGlobalId } from '@lacewire/core';

export { globalId } from '@lacewire/core';

/** The local id inside a Relay global id (the platform's one decoder). */
export function localId(global: string): string {
  return decodeGlobalId(global).id;
}
