import type { Plugin } from 'graphql-yoga';
import type { FilesConfig } from './config.ts';

/** Room for the multipart envelope (operations, map, part headers) around the largest file. */
const ENVELOPE_BYTES = 64 * 1024;

/**
 * Refuses a multipart request whose declared length already exceeds the largest accepted file, with
 * 413, before the body is read. Per-kind limits are checked again on the sniffed content.
 */
export function uploadRequestLimit(config: FilesConfig): Plugin {
  const maxBytes = Math.max(...Object.values(config.maxBytes));
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (!request.headers.get('content-type')?.startsWith('multipart/form-data')) return;
      const length = Number(request.headers.get('content-length') ?? 0);
      if (length <= maxBytes + ENVELOPE_BYTES) return;
      const error = {
        message: `The upload is ${length} bytes; files are accepted up to ${maxBytes} bytes. Nothing was stored.`,
        extensions: { code: 'FILE_TOO_LARGE', maxBytes },
      };
      endResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [error] }), {
          status: 413,
          headers: { 'content-type': 'application/json' },
        }),
      );
    },
  };
}
