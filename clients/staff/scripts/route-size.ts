/**
 * Gzipped JavaScript a browser downloads to show given routes, from the build manifest:
 * the entry chunk, the route components, and every chunk they import statically (once each).
 * Usage: pnpm --filter @lacewire/staff size [src/views/SignIn.vue src/views/Board.vue]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

interface Chunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

const dist = join(import.meta.dirname, '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, Chunk>;
const routes = process.argv.slice(2).length ? process.argv.slice(2) : ['src/views/SignIn.vue', 'src/views/Board.vue'];

const seen = new Set<string>();
const css = new Set<string>();
function visit(key: string) {
  if (seen.has(key)) return;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`not in the manifest: ${key}`);
  seen.add(key);
  for (const c of chunk.css ?? []) css.add(c);
  for (const i of chunk.imports ?? []) visit(i);
}
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
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`routes: ${routes.join(', ')}`);
// Brotli at the level the server uses for the apps' files (packages/server/src/static-apps.ts).
console.log(`JS chunks: ${seen.size}, ${kb(raw)} raw, ${kb(gzip)} gzipped, ${kb(brotli)} brotli (target < 150 KB as served)`);
console.log(`CSS: ${css.size} files, ${kb(cssGzip)} gzipped`);
