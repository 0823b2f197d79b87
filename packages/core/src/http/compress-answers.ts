import type { Plugin } from 'graphql-yoga';
import { COMPRESS_MIN_BYTES, compress, compressible, negotiateEncoding } from './compression.ts';

/**
 * GraphQL answers over HTTP, compressed when the client accepts it and the answer is worth it
 * (a board or an order history is tens of KB of JSON; a phone on 1.6 Mbps feels every one).
 * Event streams (SSE subscriptions) and multipart answers pass untouched: compressing them would
 * hold their events back in the compressor's buffer.
 */
export function compressAnswers(): Plugin {
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      if (response.headers.has('content-encoding') || !compressible(response.headers.get('content-type'))) return;
      const encoding = negotiateEncoding(request.headers.get('accept-encoding'));
      if (!encoding) return;
      const length = Number(response.headers.get('content-length') ?? Number.NaN);
      if (Number.isFinite(length) && length < COMPRESS_MIN_BYTES) return;
      const bytes = new Uint8Array(await response.arrayBuffer());
      const headers = new fetchAPI.Headers(response.headers);
      headers.append('vary', 'Accept-Encoding');
      if (bytes.byteLength < COMPRESS_MIN_BYTES) {
        setResponse(new fetchAPI.Response(bytes, { status: response.status, headers }));
        return;
      }
      headers.set('content-encoding', encoding);
      const body = await compress(bytes, encoding);
      headers.set('content-length', String(body.byteLength));
      setResponse(new fetchAPI.Response(body, { status: response.status, headers }));
    },
  };
}
