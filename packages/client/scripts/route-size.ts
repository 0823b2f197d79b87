/**
 * The JavaScript a browser downloads to show given routes, from an app's vite build manifest: the
 * entry chunk, the route components and every chunk they import statically (once each), raw,
 * gzipped and brotli (as packages/server/src/static-apps.ts serves them). Each app's
 * `scripts/route-size.ts` (`pnpm --filter <app> size [routes…]`) prints it beside its budget.
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

/** One line per group of routes: its chunks and bytes beside the budget (brotli, as served). */
export function printRouteSizes(dist: string, groups: string[][], budgetBytes: number) {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  for (const routes of groups) {
    const s = routeSize(dist, routes);
    console.log(
      `${routes.join(', ')}: ${s.chunks} JS chunks, ${kb(s.raw)} raw, ${kb(s.gzip)} gzipped, ${kb(s.brotli)} brotli (budget ${kb(budgetBytes)}); CSS ${kb(s.cssGzip)} gzipped`,
    );
  }
}
