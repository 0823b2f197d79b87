/**
 * Relay global ids in the browser, as the server's Pothos relay plugin writes them (base64 of
 * `Type:id`). Events carry local ids; the schema's `id` fields carry global ones.
 */
export function globalId(typename: string, id: string): string {
  return btoa(`${typename}:${id}`);
}

/** The local id inside a global id; a value that is not a global id is returned as it is. */
export function localId(value: string): string {
  try {
    const decoded = atob(value);
    const i = decoded.indexOf(':');
    return i > 0 ? decoded.slice(i + 1) : value;
  } catch {
    return value;
  }
}
