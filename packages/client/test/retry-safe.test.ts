import { readFileSync } from 'node:fs';
import { createTestPlatform, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Auth, CREATING_MUTATIONS, createLacewire, retrySafeFetch, rootMutationField } from '../src/index.ts';

const CREATE = `mutation CreateStore($input: CreateStoreInput!) { createStore(input: $input) { __typename ... on Store { id name } } }`;
const UPDATE = `mutation UpdateStore($input: UpdateStoreInput!) { updateStore(input: $input) { __typename } }`;

/** A fake server: answers each call with the next behaviour; records the bodies it was sent. */
function fakeServer(...behaviours: ('ok' | 'slow' | 'network' | 'hang' | 503)[]) {
  const bodies: any[] = [];
  const serve = (async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = init?.body instanceof FormData ? { form: init.body } : JSON.parse(String(init?.body));
    bodies.push(body);
    const behaviour = behaviours[bodies.length - 1] ?? 'ok';
    if (behaviour === 'network') throw new TypeError('Failed to fetch');
    if (behaviour === 'hang') {
      return new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    }
    if (behaviour === 'slow') {
      // Answers after 20 ms, unless the request was given up first.
      await new Promise((resolve, reject) => {
        const timer = setTimeout(resolve, 20);
        init?.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(init.signal?.reason);
        });
      });
    }
    if (behaviour === 503) return new Response('proxy: upstream gone', { status: 503 });
    return new Response(JSON.stringify({ data: { ok: true } }), { headers: { 'content-type': 'application/json' } });
  }) as typeof globalThis.fetch;
  return { fetch: serve, bodies };
}

const waits: number[] = [];
const sleep = async (ms: number) => {
  waits.push(ms);
};
const post = (send: typeof fetch, query: string, variables: Record<string, unknown>, signal?: AbortSignal) =>
  send('http://test/graphql', { method: 'POST', body: JSON.stringify({ query, variables }), signal });

describe('retrySafeFetch', () => {
  it('adds an idempotency key to creating mutations only, and keeps one the app set', async () => {
    const server = fakeServer();
    const send = retrySafeFetch({ fetch: server.fetch, sleep });
    await post(send, CREATE, { input: { name: 'A' } });
    await post(send, UPDATE, { input: { name: 'B' } });
    await post(send, 'query { viewer { account { id } } }', {});
    await post(send, CREATE, { input: { name: 'C', idempotencyKey: 'mine-123456' } });
    expect(server.bodies[0].variables.input.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(server.bodies[1].variables.input).toEqual({ name: 'B' });
    expect(server.bodies[2].variables).toEqual({});
    expect(server.bodies[3].variables.input.idempotencyKey).toBe('mine-123456');
  });

  it('sends a lost request again with the same key after a back-off: network error, timeout, 503', async () => {
    waits.length = 0;
    const server = fakeServer('network', 'hang', 503, 'ok');
    const send = retrySafeFetch({ fetch: server.fetch, sleep, timeoutMs: 50, backoff: { baseMs: 10, maxMs: 20, jitter: 0 } });
    const response = await post(send, CREATE, { input: { name: 'A' } });
    expect(response.status).toBe(200);
    expect(server.bodies).toHaveLength(4);
    const keys = new Set(server.bodies.map((b) => b.variables.input.idempotencyKey));
    expect(keys.size).toBe(1);
    expect(waits).toEqual([10, 20, 20]);
  });

  it('gives up after the last attempt; a manual repeat reuses the unsettled key, a settled one does not', async () => {
    const server = fakeServer('network', 'network', 'network', 'ok', 'ok');
    const send = retrySafeFetch({ fetch: server.fetch, sleep, attempts: 3 });
    await expect(post(send, CREATE, { input: { name: 'A' } })).rejects.toThrow('Failed to fetch');
    expect(server.bodies).toHaveLength(3);
    await post(send, CREATE, { input: { name: 'A' } }); // the user presses the button again
    const key = server.bodies[0].variables.input.idempotencyKey;
    expect(server.bodies[3].variables.input.idempotencyKey).toBe(key);
    await post(send, CREATE, { input: { name: 'A' } }); // answered before: this is a second store
    expect(server.bodies[4].variables.input.idempotencyKey).not.toBe(key);
  });

  it('does not retry when the app aborted the request', async () => {
    const server = fakeServer('hang', 'ok');
    const send = retrySafeFetch({ fetch: server.fetch, sleep });
    const controller = new AbortController();
    const sent = post(send, CREATE, { input: { name: 'A' } }, controller.signal);
    await new Promise((r) => setTimeout(r, 10));
    controller.abort();
    await expect(sent).rejects.toThrow();
    expect(server.bodies).toHaveLength(1);
  });

  it('keys multipart uploads and keeps their files; an upload has its own, longer timeout', async () => {
    const server = fakeServer('network', 'hang', 'slow');
    const send = retrySafeFetch({ fetch: server.fetch, sleep, timeoutMs: 5, uploadTimeoutMs: 100 });
    const form = new FormData();
    const query = `mutation UploadAttachment($input: UploadAttachmentInput!) { uploadAttachment(input: $input) { __typename } }`;
    form.set('operations', JSON.stringify({ query, variables: { input: { file: null } } }));
    form.set('map', JSON.stringify({ 0: ['variables.input.file'] }));
    form.set('0', new Blob([new Uint8Array([1, 2, 3])]), 'a.jpg');
    expect((await send('http://test/graphql', { method: 'POST', body: form })).status).toBe(200);
    expect(server.bodies).toHaveLength(3); // the slow answer (20 ms) was waited for
    const sent = server.bodies.map((b) => b.form as FormData);
    const keys = sent.map((f) => JSON.parse(String(f.get('operations'))).variables.input.idempotencyKey);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).toBe(keys[0]);
    expect((sent[2].get('0') as File).size).toBe(3);
  });

  it('finds the root field of a mutation', () => {
    expect(rootMutationField(CREATE)).toBe('createStore');
    expect(rootMutationField('mutation { made: addShoe(input: {}) { id } }')).toBe('addShoe');
    expect(rootMutationField('query { viewer { id } }')).toBeNull();
  });

  it('knows every mutation of schema.graphql that takes idempotencyKey, and only those', () => {
    const sdl = readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8');
    const keyedInputs = new Set(
      [...sdl.matchAll(/^input (\w+) \{([^}]*)\}/gm)].filter((m) => /^\s+idempotencyKey: String$/m.test(m[2])).map((m) => m[1]),
    );
    const mutation = /^type Mutation \{([^}]*)\}/m.exec(sdl)?.[1] ?? '';
    const keyed = [...mutation.matchAll(/^\s+(\w+)\(input: (\w+)!\)/gm)].filter((m) => keyedInputs.has(m[2])).map((m) => m[1]);
    expect(keyed.length).toBeGreaterThan(20);
    expect([...CREATING_MUTATIONS].sort()).toEqual(keyed.sort());
  });
});

describe('createLacewire against a real server', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await createTestPlatform();
  });
  afterAll(() => t?.close());

  it('a creating mutation whose answer is lost is sent again and creates one store', async () => {
    const owner = await t.owner();
    let lost = 0;
    // The server commits, then the connection drops before the answer arrives (once).
    const flaky = (async (url: RequestInfo | URL, init?: RequestInit) => {
      const response = await fetch(url, init);
      if (lost++ === 0) throw new TypeError('Failed to fetch');
      return response;
    }) as typeof fetch;
    const lw = createLacewire({
      url: t.url,
      fetch: flaky,
      auth: new Auth({ storage: null }),
      retry: { backoff: { baseMs: 10, maxMs: 10 } },
    });
    lw.auth.signIn({ token: owner.token as string, expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    const name = `重试店 ${Date.now()}`;
    const input = { name, address: '路 1 号', phone: '021-5555', timeZone: 'Asia/Shanghai', openingHours: [] };
    const result = await lw.client.mutation(CREATE, { input }).toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data.createStore).toMatchObject({ __typename: 'Store', name });
    expect(lost).toBe(2);
    const { stores } = await owner.query(`{ stores { name } }`);
    expect(stores.filter((s: { name: string }) => s.name === name)).toHaveLength(1);
    lw.stream.stop();
    lw.sockets.dispose();
  });
});
