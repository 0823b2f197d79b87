import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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
 * Compressed copies of the apps' files at the best level (brotli 11 is slow: about a second for
 * the console's first route on these machines), made once per file version (size, mtime) and
 * kept, one per file and encoding. Until a file's best copy is ready it goes out compressed at a
 * fast level, so the first visitor after a start or a rebuild does not wait for it.
 */
interface Copy {
  version: string;
  best: Uint8Array<ArrayBuffer> | null;
  making: Promise<unknown>;
}
const compressed = new Map<string, Copy>();

function copyOf(file: string, bytes: Buffer, encoding: Encoding): Copy {
  const { size, mtimeMs } = statSync(file);
  const key = `${encoding}:${file}`;
  const version = `${size}:${mtimeMs}`;
  let copy = compressed.get(key);
  if (copy?.version !== version) {
    const made: Copy = { version, best: null, making: Promise.resolve() };
    made.making = compress(bytes, encoding, true).then(
      (best) => (made.best = best),
      () => compressed.delete(key),
    );
    compressed.set(key, made);
    copy = made;
  }
  return copy;
}

async function compressedOnce(file: string, bytes: Buffer, encoding: Encoding): Promise<Uint8Array<ArrayBuffer>> {
  return copyOf(file, bytes, encoding).best ?? compress(bytes, encoding);
}

/** Files only some visitors load (the Agora SDKs, MBs) are compressed when first asked for. */
const WARM_MAX_BYTES = 1024 * 1024;

/** Makes the best copies of every file of a built app, one at a time, in the background. */
async function warm(dist: string) {
  const assets = join(dist, 'assets');
  if (!existsSync(assets)) return;
  for (const name of readdirSync(assets)) {
    const file = join(assets, name);
    if (!compressible(TYPES[extname(file)] ?? null)) continue;
    const bytes = readFileSync(file);
    if (bytes.length < COMPRESS_MIN_BYTES || bytes.length > WARM_MAX_BYTES) continue;
    for (const encoding of ['br', 'gzip'] as const) await copyOf(file, bytes, encoding).making;
  }
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
  const staff = join(CLIENTS, 'staff', 'dist');
  const portal = join(CLIENTS, 'portal', 'dist');
  // The portal first: phones on slow networks gain the most.
  void warm(portal).then(() => warm(staff));
  return [staticApp('/staff/', staff), staticApp('/', portal)];
}
