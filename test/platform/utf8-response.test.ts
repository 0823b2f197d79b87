import { CSRF_HEADER, definePlugin } from '@lacewire/core';
import { createTestPlatform, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Utf8Response, utf8 } from '../../packages/core/src/http/utf8-response.ts';

// Answers hand large strings with Chinese in them to the socket as ICU's UTF-8; what arrives
// must be byte for byte what V8's encoder would have sent.
const echo = definePlugin({
  name: 'echo',
  schema(builder) {
    builder.queryField('echo', (t) =>
      t.string({ args: { text: t.arg.string({ required: true }) }, resolve: (_, args) => args.text }),
    );
  },
});

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform({ plugins: [echo] });
});
afterAll(() => t?.close());

const samples = [
  '王小明的鞋 '.repeat(400),
  `${'a'.repeat(2000)}é✓`,
  // Control characters but NUL, which no input may carry (docs/security.md).
  '😀👟 emoji pairs, 𠀀 beyond the BMP, and \u0001 \u001f control characters '.repeat(40),
  `lone surrogates ${'\ud800'}x${'\udfff'} `.repeat(60),
];

describe('UTF-8 of answers', () => {
  it('sends every answer as the bytes V8 would, with their length and media type', async () => {
    for (const text of samples) {
      const response = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', [CSRF_HEADER]: '1' },
        body: JSON.stringify({ query: 'query($text: String!) { echo(text: $text) }', variables: { text } }),
      });
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(response.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
      expect(Number(response.headers.get('content-length'))).toBe(bytes.length);
      const expected = JSON.stringify({ data: { echo: text } });
      expect(bytes.equals(Buffer.from(expected))).toBe(true);
      expect(JSON.parse(bytes.toString('utf8')).data.echo).toBe(text);
    }
  });

  it('encodes as Buffer.from does, and leaves what ICU refuses (a lone surrogate) to it', () => {
    for (const text of samples.slice(0, 3)) expect(utf8(text)?.equals(Buffer.from(text))).toBe(true);
    expect(utf8(samples[3])).toBeNull();
  });

  it('keeps a string body text/plain, and any other body as it was', async () => {
    const text = samples[0];
    const plain = new Utf8Response(text);
    expect(plain.headers.get('content-type')).toBe('text/plain;charset=UTF-8');
    expect(await plain.text()).toBe(text);
    const typed = new Utf8Response(text, { status: 201, headers: { 'content-type': 'application/json' } });
    expect([typed.status, typed.headers.get('content-type')]).toEqual([201, 'application/json']);
    expect(Buffer.from(await typed.arrayBuffer()).equals(Buffer.from(text))).toBe(true);
    expect(await new Utf8Response(samples[3]).text()).toBe(samples[3]);
    expect(await new Utf8Response('短').text()).toBe('短');
    expect(new Utf8Response(null, { status: 204 }).status).toBe(204);
  });
});
