import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { S3Storage } from '../src/storage.ts';

/**
 * S3Storage against a minimal local stand-in (no real S3 is reachable here): requests are
 * path-style, SigV4-signed, and round-trip the bytes. Compatibility with a real service (AWS,
 * MinIO, OSS, COS) is not proven by this test.
 */
let server: Server;
let endpoint: string;
const objects = new Map<string, Buffer>();
const seen: { method: string; url: string; auth: string; sha: string }[] = [];

async function body(req: IncomingMessage) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const data = await body(req);
    seen.push({
      method: req.method ?? '',
      url: req.url ?? '',
      auth: String(req.headers.authorization ?? ''),
      sha: String(req.headers['x-amz-content-sha256'] ?? ''),
    });
    const key = req.url ?? '';
    if (req.method === 'PUT') {
      objects.set(key, data);
      res.writeHead(200).end();
    } else if (req.method === 'GET') {
      const found = objects.get(key);
      if (found) res.writeHead(200).end(found);
      else res.writeHead(404).end('<Error><Code>NoSuchKey</Code></Error>');
    } else if (req.method === 'DELETE') {
      objects.delete(key);
      res.writeHead(204).end();
    } else res.writeHead(405).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  endpoint = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it('puts, gets and deletes objects with signed, path-style requests', async () => {
  const storage = new S3Storage({
    endpoint,
    bucket: 'lacewire',
    region: 'cn-north-1',
    accessKeyId: 'AKIDEXAMPLE',
    secretAccessKey: 'secret',
    prefix: 'attachments',
  });
  const data = new TextEncoder().encode('photo bytes');
  await storage.put('2026/11/abc', data, 'image/jpeg');
  expect(seen[0].method).toBe('PUT');
  expect(seen[0].url).toBe('/lacewire/attachments/2026/11/abc');
  expect(seen[0].auth).toMatch(
    /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/cn-north-1\/s3\/aws4_request, SignedHeaders=.*, Signature=[0-9a-f]{64}$/,
  );
  expect(new TextDecoder().decode((await storage.get('2026/11/abc')) as Uint8Array)).toBe('photo bytes');
  expect(await storage.get('2026/11/missing')).toBeNull();
  await storage.delete('2026/11/abc');
  expect(await storage.get('2026/11/abc')).toBeNull();
  await expect(storage.put('../escape', data, 'image/jpeg')).rejects.toThrow(/Unsafe/);
});
