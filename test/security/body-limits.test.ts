import { request as httpRequest } from 'node:http';
import type { HttpRoute } from '@lacewire/core';
import { createTestPlatform, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Not a dependency of the test package: imported by path, as the benchmarks import plugins.
import { agoraPlugin, signatureV2, WEBHOOK_PATH } from '../../plugins/agora/src/index.ts';

const WEBHOOK_SECRET = 'webhook-secret-1';
let t: TestPlatform;
let base: string;
let echoCalls = 0;

/** A plain route that reads whatever it is given. */
const echo: HttpRoute = {
  prefix: '/echo',
  async handle(request) {
    echoCalls++;
    return new Response(String((await request.arrayBuffer()).byteLength));
  },
};

beforeAll(async () => {
  t = await createTestPlatform({
    plugins: [agoraPlugin],
    settings: {
      agora: {
        appId: '0123456789abcdef0123456789abcdef',
        appCertificate: 'fedcba9876543210fedcba9876543210',
        webhookSecret: WEBHOOK_SECRET,
        baseUrl: 'http://127.0.0.1:9',
      },
    },
    routes: () => [echo],
  });
  base = t.url.replace(/\/graphql$/, '');
});
afterAll(() => t?.close());

/**
 * A POST whose body is sent slowly, chunk by chunk; resolves with the status as soon as the
 * server answers, and how many bytes had been sent by then.
 */
function post(
  path: string,
  options: { declared?: number; chunks: number; chunkBytes: number; headers?: Record<string, string> },
) {
  return new Promise<{ status: number; sent: number }>((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = httpRequest(
      `${base}${path}`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.declared !== undefined ? { 'content-length': String(options.declared) } : {}),
          ...options.headers,
        },
      },
      (res) => {
        answered = true;
        res.resume();
        resolve({ status: res.statusCode ?? 0, sent });
      },
    );
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const chunk = Buffer.alloc(options.chunkBytes, 'a');
    let i = 0;
    const next = () => {
      if (answered || req.destroyed) return;
      if (i++ >= options.chunks) return void req.end();
      sent += chunk.length;
      req.write(chunk, () => setTimeout(next, 2));
    };
    next();
  });
}

describe('every route limits its body before reading it', () => {
  it('a declared length over the webhook’s limit is refused with 413 before the body or the signature is looked at', async () => {
    const result = await post(WEBHOOK_PATH, { declared: 50_000_000, chunks: 2000, chunkBytes: 16_384 });
    expect(result.status).toBe(413);
    expect(result.sent).toBeLessThan(5_000_000);
  });

  it('an unsigned chunked body over the webhook’s 64 KB is cut off with 413, not read to the end and then refused', async () => {
    const result = await post(WEBHOOK_PATH, { chunks: 200, chunkBytes: 16_384 });
    expect(result.status).toBe(413);
    expect(result.sent).toBeLessThan(1_000_000);
  });

  it('any other route gets the platform’s limit: its handler never sees an oversized body', async () => {
    const before = echoCalls;
    const result = await post('/echo', { chunks: 150, chunkBytes: 16_384 });
    expect(result.status).toBe(413);
    expect(echoCalls).toBe(before);
    const small = await fetch(`${base}/echo`, { method: 'POST', body: 'hello' });
    expect(await small.text()).toBe('5');
  });
});

describe('the webhook answers malformed notices with 4xx (Agora retries 5xx forever)', () => {
  const send = async (notice: unknown) => {
    const raw = JSON.stringify(notice);
    const response = await fetch(`${base}${WEBHOOK_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'agora-signature-v2': signatureV2(WEBHOOK_SECRET, raw) },
      body: raw,
    });
    return response.status;
  };

  it('a wrong-typed field is a 400, a well-formed notice a 200', async () => {
    expect(await send({ noticeId: 'n-1', eventType: 103, payload: { channelName: 'c1', uid: 'not-a-number' } })).toBe(400);
    expect(await send({ noticeId: 'n-2', eventType: '103', payload: { channelName: 'c1', uid: 5 } })).toBe(400);
    expect(await send({ noticeId: 'n-3', eventType: 103, payload: { channelName: { nested: true }, uid: 5 } })).toBe(400);
    expect(await send({ noticeId: 'n-4', eventType: 103, payload: { channelName: 'c1', uid: 5 } })).toBe(200);
  });
});
