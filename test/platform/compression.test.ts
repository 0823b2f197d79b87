import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { CSRF_HEADER, definePlugin } from '@lacewire/core';
import { createTestPlatform, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticApp } from '../../packages/server/src/static-apps.ts';

// What a phone on a slow network gets: answers and app files compressed as its Accept-Encoding
// asks (brotli first), small answers and event streams as they are.
const echo = definePlugin({
  name: 'echo',
  schema(builder) {
    builder.queryField('echo', (t) =>
      t.string({ args: { text: t.arg.string({ required: true }) }, resolve: (_, args) => args.text }),
    );
  },
});

const dist = mkdtempSync(join(tmpdir(), 'lw-compress-'));
mkdirSync(join(dist, 'assets'));
const script = `export const words = ${JSON.stringify('擦鞋 clean shoes '.repeat(2000))};\n`;
writeFileSync(join(dist, 'index.html'), `<!doctype html><title>portal</title>${'<!-- padding -->'.repeat(100)}`);
writeFileSync(join(dist, 'assets', 'app-1.js'), script);
writeFileSync(join(dist, 'assets', 'logo.png'), Buffer.alloc(4096, 7));

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform({ plugins: [echo], routes: () => [staticApp('/', dist)] });
});
afterAll(() => t?.close());

/** A raw HTTP exchange (fetch would decompress and hide the encoding). */
function get(
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, t.url), { method: body ? 'POST' : 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }));
      // An event stream never ends by itself: its first event is enough.
      if (String(res.headers['content-type']).startsWith('text/event-stream')) {
        res.once('data', (c) => {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.from(c) });
          req.destroy();
        });
      }
    });
    req.on('error', reject);
    req.end(body);
  });
}

const ask = (text: string, acceptEncoding: string) =>
  get(
    '/graphql',
    { 'content-type': 'application/json', [CSRF_HEADER]: '1', 'accept-encoding': acceptEncoding },
    JSON.stringify({ query: 'query($text: String!) { echo(text: $text) }', variables: { text } }),
  );

describe('compression of GraphQL answers', () => {
  const big = '王小明的鞋 deep clean '.repeat(300);

  it('brotli when accepted, gzip when only gzip is, the same JSON either way', async () => {
    const br = await ask(big, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('Accept-Encoding');
    expect(Number(br.headers['content-length'])).toBe(br.bytes.length);
    expect(br.bytes.length).toBeLessThan(Buffer.byteLength(big) / 5);
    expect(JSON.parse(brotliDecompressSync(br.bytes).toString()).data.echo).toBe(big);

    const gz = await ask(big, 'gzip;q=1, br;q=0');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.bytes).toString()).data.echo).toBe(big);
  });

  it('sends small answers and clients without Accept-Encoding the plain JSON', async () => {
    const small = await ask('hi', 'br, gzip');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.bytes.toString()).data.echo).toBe('hi');
    const plain = await ask(big, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(plain.bytes.toString()).data.echo).toBe(big);
  });

  it('leaves event streams (SSE) uncompressed', async () => {
    const sse = await get(`/graphql?query=${encodeURIComponent(`{ echo(text: "${'x'.repeat(3000)}") }`)}`, {
      accept: 'text/event-stream',
      'accept-encoding': 'br, gzip',
      [CSRF_HEADER]: '1',
    });
    expect(sse.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(sse.headers['content-encoding'] ?? 'none').toBe('none');
    // Plain text as it is written (a keep-alive comment or an event), not compressor output.
    expect(sse.bytes.toString()).toMatch(/^(:|event: )/);
  });
});

describe('compression of the apps', () => {
  it('serves scripts and pages brotli- or gzip-compressed as negotiated, images as they are', async () => {
    const br = await get('/assets/app-1.js', { 'accept-encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toContain('immutable');
    expect(brotliDecompressSync(br.bytes).toString()).toBe(script);
    const gz = await get('/orders', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.bytes).toString()).toContain('<title>portal</title>');
    const none = await get('/assets/app-1.js', {});
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.bytes.toString()).toBe(script);
    const png = await get('/assets/logo.png', { 'accept-encoding': 'br' });
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.bytes.length).toBe(4096);
  });

  it('compresses a rebuilt file anew rather than serving the old copy', async () => {
    const changed = script.replace('擦鞋', '护理');
    writeFileSync(join(dist, 'assets', 'app-1.js'), changed);
    utimesSync(join(dist, 'assets', 'app-1.js'), new Date(), new Date(Date.now() + 5000));
    const br = await get('/assets/app-1.js', { 'accept-encoding': 'br' });
    expect(brotliDecompressSync(br.bytes).toString()).toBe(changed);
  });
});
