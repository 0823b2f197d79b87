import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HttpRoute } from '@lacewire/core';

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

/** Serves a built single-page app: files from dist/, anything else falls back to index.html. */
function app(prefix: string, dist: string): HttpRoute {
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
      return new Response(readFileSync(target), {
        headers: {
          'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
          'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        },
      });
    },
  };
}

/** The staff console under /staff/, the customer portal at the root. */
export function staticApps(): HttpRoute[] {
  return [app('/staff/', join(CLIENTS, 'staff', 'dist')), app('/', join(CLIENTS, 'portal', 'dist'))];
}
