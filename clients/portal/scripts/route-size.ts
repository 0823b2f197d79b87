/**
 * Gzipped JavaScript a phone downloads to show given routes, from the build manifest: the entry
 * chunk, the route components and every chunk they import statically (once each).
 * Usage: pnpm --filter @lacewire/portal size [src/views/SignIn.vue src/views/Orders.vue]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';

interface Chunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

/** The first route's JavaScript as served (brotli, packages/server/src/static-apps.ts). */
export const BUDGET_BYTES = 120 * 1024;

export function routeSize(dist: string, routes: string[]) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, Chunk>;
  const seen = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`not in the manifest: ${key}`);
    seen.add(key);
    for (const c of chunk.css ?? []) css.add(c);
    for (const i of chunk.imports ?? []) visit(i);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  for (const route of routes) visit(route);
  const size = (file: string) => {
    const bytes = readFileSync(join(dist, file));
    return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
  };
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const key of seen) {
    const s = size(manifest[key].file);
    raw += s.raw;
    gzip += s.gzip;
    brotli += s.brotli;
  }
  let cssGzip = 0;
  for (const file of css) cssGzip += size(file).gzip;
  return { chunks: seen.size, raw, gzip, brotli, cssFiles: css.size, cssGzip };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = join(import.meta.dirname, '..', 'dist');
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const groups = process.argv.slice(2).length ? [process.argv.slice(2)] : [['src/views/SignIn.vue'], ['src/views/Orders.vue']];
  for (const routes of groups) {
    const s = routeSize(dist, routes);
    console.log(
      `${routes.join(', ')}: ${s.chunks} JS chunks, ${kb(s.raw)} raw, ${kb(s.gzip)} gzipped, ${kb(s.brotli)} brotli (budget ${kb(BUDGET_BYTES)}); CSS ${kb(s.cssGzip)} gzipped`,
    );
  }
}
