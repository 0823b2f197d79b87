import { CSRF_HEADER, definePlugin } from '@lacewire/core';
import { createTestPlatform, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Answers with Chinese, emoji, control characters and lone surrogates in them arrive as the UTF-8
// bytes V8 writes, with their length and media type.
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
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          // As sent, not compressed (compression.test.ts covers that).
          'accept-encoding': 'identity',
          [CSRF_HEADER]: '1',
        },
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
});
