import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import Negotiator from 'negotiator';

export type Encoding = 'br' | 'gzip';

/** Below this a body is sent as it is: the headers and CPU cost more than the bytes saved. */
export const COMPRESS_MIN_BYTES = 1024;

const COMPRESSIBLE = /^(text\/|application\/(json|graphql-response\+json|javascript|xml)|image\/svg\+xml)/;

/** Whether a response of this type shrinks when compressed (not images, fonts or event streams). */
export function compressible(contentType: string | null): boolean {
  return !!contentType && COMPRESSIBLE.test(contentType) && !contentType.startsWith('text/event-stream');
}

/** The encoding the client prefers among ours (Accept-Encoding with q-values), or null for none. */
export function negotiateEncoding(acceptEncoding: string | null): Encoding | null {
  if (!acceptEncoding) return null;
  const negotiator = new Negotiator({ headers: { 'accept-encoding': acceptEncoding } });
  // negotiator 1.x breaks ties by our preference (brotli first); its types predate the option.
  const encoding = negotiator.encoding as (available: string[], options: { preferred: string[] }) => string | undefined;
  const chosen = encoding.call(negotiator, ['br', 'gzip', 'identity'], { preferred: ['br', 'gzip', 'identity'] });
  return chosen === 'br' || chosen === 'gzip' ? chosen : null;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Compresses off the main thread (zlib's pool). `best` is for bytes compressed once and kept
 * (static assets); answers built per request use faster levels.
 */
export async function compress(bytes: Uint8Array, encoding: Encoding, best = false): Promise<Uint8Array<ArrayBuffer>> {
  const out = encoding === 'gzip' ? await gzipAsync(bytes, { level: best ? 9 : 6 }) : await brotliText(bytes, best);
  return out as Uint8Array<ArrayBuffer>;
}

function brotliText(bytes: Uint8Array, best: boolean) {
  return brotli(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: best ? 11 : 5,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  });
}
