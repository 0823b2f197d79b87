import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPRESS_MIN_BYTES, compress, compressible, type Encoding, type HttpRoute, negotiateEncoding } from '@lacewire/core';

const CLIENTS = fileURLToPath(new URL('../../../clients/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * Compressed copies of the apps' files, made once per file version (path, size, mtime) at the
 * best level and kept (one per file and encoding: a rebuild replaces it).
 */
const compressed = new Map<string, { version: string; bytes: Promise<Uint8Array<ArrayBuffer>> }>();

function compressedOnce(file: string, bytes: Buffer, encoding: Encoding): Promise<Uint8Array<ArrayBuffer>> {
  const { size, mtimeMs } = statSync(file);
  const key = `${encoding}:${file}`;
  const version = `${size}:${mtimeMs}`;
  let found = compressed.get(key);
  if (found?.version !== version) {
    found = { version, bytes: compress(bytes, encoding, true) };
    compressed.set(key, found);
  }
  return found.bytes;
}

/** Serves a built single-page app: files from dist/, anything else falls back to index.html. */
export function staticApp(prefix: string, dist: string): HttpRoute {
  return {
    prefix,
    async handle(request) {
      if (!existsSync(join(dist, 'index.html'))) {
        return new Response(`This app is not built yet: run "pnpm build" (${dist}).`, { status: 503 });
      }
      const path = decodeURIComponent(new URL(request.url).pathname.slice(prefix.length));
      const file = normalize(join(dist, path));
      const inside = file.startsWith(dist) && existsSync(file) && statSync(file).isFile();
      const target = inside ? file : join(dist, 'index.html');
      const hashed = inside && target.includes(`${join(dist, 'assets')}`);
      const type = TYPES[extname(target)] ?? 'application/octet-stream';
      const headers: Record<string, string> = {
        'content-type': type,
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      };
      const bytes = readFileSync(target);
      if (!compressible(type) || bytes.length < COMPRESS_MIN_BYTES) return new Response(bytes, { headers });
      headers.vary = 'Accept-Encoding';
      const encoding = negotiateEncoding(request.headers.get('accept-encoding'));
      if (!encoding) return new Response(bytes, { headers });
      headers['content-encoding'] = encoding;
      return new Response(await compressedOnce(target, bytes, encoding), { headers });
    },
  };
}

/** The staff console under /staff/, the customer portal at the root. */
export function staticApps(): HttpRoute[] {
  return [staticApp('/staff/', join(CLIENTS, 'staff', 'dist')), staticApp('/', join(CLIENTS, 'portal', 'dist'))];
}
