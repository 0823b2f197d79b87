import { createHash } from 'node:crypto';
import { connect } from 'node:net';
import { CSRF_HEADER } from '@lacewire/core';
import { createTestPlatform, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform({ production: true });
});
afterAll(() => t?.close());

async function post(body: string, headers: Record<string, string> = {}) {
  const response = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1', ...headers },
    body,
  });
  const text = await response.text();
  expect(text).not.toMatch(/\bat .*\.ts:\d+/); // no stack traces, ever
  return { status: response.status, json: JSON.parse(text) };
}

describe('the security baseline (production mode)', () => {
  it('refuses an oversized request before parsing it', async () => {
    const { status, json } = await post(JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(1_100_000) } }));
    expect(status).toBe(413);
    expect(json.errors[0].message).toMatch(/limit is 1000000/);
  });

  it('refuses a chunked body (no Content-Length) as soon as it passes the limit, and answers an empty one', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const body = new ReadableStream({
      pull(controller) {
        // Endless: only the server's refusal stops it.
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0]).toMatchObject({ extensions: { code: 'REQUEST_TOO_LARGE', limit: 1_000_000 } });
    // The server stopped reading: the endless body goes no further.
    const atAnswer = sent;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sent - atAnswer).toBeLessThan(1_000_000);

    const empty = await post('');
    expect(empty.status).toBe(400);
    expect(empty.json.errors[0].message).toBeTruthy();
  });

  it('keeps serving when a client goes away in the middle of its body', async () => {
    const { port } = new URL(t.url);
    await new Promise<void>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n${CSRF_HEADER}: 1\r\n`);
        socket.write('Content-Length: 1000\r\n\r\n{"query":');
        setTimeout(() => socket.destroy(), 50);
      });
      socket.on('close', () => resolve());
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await post(JSON.stringify({ query: '{ __typename }' }))).json).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a query nested too deep, with the limit in the message', async () => {
    let nested = 'id';
    for (let i = 0; i < 15; i++) nested = `node(id: "x") { ... on Store { id ${i ? `n${i}: ${nested}` : ''} } }`;
    const { json } = await post(JSON.stringify({ query: `{ ${nested} }` }));
    expect(json.errors[0].message).toMatch(/depth/i);
  });

  it('refuses too many aliases and too many tokens', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: stores { name }`).join(' ');
    expect((await post(JSON.stringify({ query: `{ ${aliases} }` }))).json.errors[0].message).toMatch(/alias/i);
    const tokens = Array.from({ length: 2100 }, () => '__typename').join(' ');
    expect((await post(JSON.stringify({ query: `{ ${tokens} }` }))).json.errors[0].message).toMatch(/token/i);
  });

  it('answers malformed operations with a clear syntax error', async () => {
    const { json } = await post(JSON.stringify({ query: '{ stores { name ' }));
    expect(json.errors[0]).toMatchObject({
      message: expect.stringMatching(/Syntax Error/),
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
  });

  it('answers malformed JSON with a clear error', async () => {
    const { status, json } = await post('{"query": ');
    expect(status).toBe(400);
    expect(json.errors[0].message).toBeTruthy();
  });

  it('hides the schema and requires the CSRF header on simple requests', async () => {
    const { json } = await post(JSON.stringify({ query: '{ __schema { types { name } } }' }));
    expect(json.errors[0].message).toMatch(/introspection/i);
    const simple = await fetch(`${t.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(simple.status).toBe(403);
    expect(await simple.text()).toMatch(/CSRF/);
  });

  it('masks unexpected errors but keeps expected ones readable', async () => {
    await t.store();
    const anonymous = t.anonymous();
    const result = await anonymous.request(`{ viewer { sessionId } stores { name staff { role } } }`);
    expect(result.errors?.[0]).toMatchObject({ message: 'You are not allowed to do this.', extensions: { code: 'NotAllowed' } });
  });
});

describe('persisted operations', () => {
  it('runs a document by its hash, and refuses arbitrary text when only persisted ones are allowed', async () => {
    const query = '{ stores { name } }';
    const hash = createHash('sha256').update(query).digest('hex');
    const p = await createTestPlatform({ persistedOperations: { documents: { [hash]: query }, only: true } });
    try {
      const send = (body: object) =>
        fetch(p.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1' },
          body: JSON.stringify(body),
        }).then((r) => r.json());
      expect(await send({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } })).toEqual({ data: { stores: [] } });
      const arbitrary = await send({ query });
      expect(arbitrary.errors[0].message).toMatch(/PersistedQueryOnly|persisted/i);
    } finally {
      await p.close();
    }
  });
});

describe('query cost', () => {
  it('refuses a query over the cost limit, counting fragments like inline fields', async () => {
    const p = await createTestPlatform({ limits: { maxCost: 40 } });
    try {
      const client = p.anonymous();
      const inline = await client.request('{ stores { name address phone timeZone openingHours { weekday opens closes } } }');
      const spread = await client.request(
        'fragment S on Store { name address phone timeZone openingHours { weekday opens closes } } { stores { ...S } }',
      );
      expect(inline.errors).toBeUndefined();
      expect(spread.errors).toBeUndefined();
      const costly = await client.request(
        `{ ${Array.from({ length: 8 }, (_, i) => `s${i}: stores { name openingHours { opens } }`).join(' ')} }`,
      );
      expect(costly.errors?.[0].message).toMatch(/cost/i);
    } finally {
      await p.close();
    }
  });
});
