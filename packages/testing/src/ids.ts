/** Relay global ids as the schema exposes them: base64 of `Type:id`. */
export function globalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64');
}

export function localId(global: string): string {
  const decoded = Buffer.from(global, 'base64').toString();
  return decoded.slice(decoded.indexOf(':') + 1);
}
