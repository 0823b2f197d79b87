import type { HttpRoute, Runtime } from '@lacewire/core';
import { FILES_ROUTE_PREFIX } from './config.ts';
import { Attachment } from './entities.ts';
import { accountMaySee, verifySignedUrl } from './services.ts';
import { filesState } from './state.ts';

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

/** GET /files/<id>/<original|thumbnail>?exp&acc&sig — signed, expiring, access re-checked. */
export function downloadRoute(runtime: Runtime): HttpRoute {
  return {
    prefix: FILES_ROUTE_PREFIX,
    async handle(request) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'Method not allowed.');
      const config = filesState.of(runtime);
      const check = verifySignedUrl(config, new URL(request.url));
      if (!check.ok) return text(check.status, check.reason);
      const em = runtime.em();
      const attachment = await em.findOne(Attachment, { id: check.id });
      if (!attachment) return text(404, 'Not found.');
      if (!(await accountMaySee(em, check.accountId, attachment))) return text(403, 'You may no longer see this file.');
      const thumbnail = check.variant === 'thumbnail';
      const key = thumbnail ? attachment.thumbnailKey : attachment.storageKey;
      if (!key) return text(404, 'This file has no thumbnail.');
      const data = await config.storage.get(key);
      if (!data) return text(404, 'Not found.');
      const inline = attachment.kind !== 'file';
      const name = encodeURIComponent(thumbnail ? `${attachment.fileName}.webp` : attachment.fileName);
      return new Response(request.method === 'HEAD' ? null : (data as Uint8Array<ArrayBuffer>), {
        status: 200,
        headers: {
          'content-type': thumbnail ? 'image/webp' : attachment.contentType,
          'content-length': String(data.byteLength),
          'content-disposition': `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${name}`,
          'x-content-type-options': 'nosniff',
          'content-security-policy': "default-src 'none'; sandbox",
          'cache-control': 'private, max-age=300',
        },
      });
    },
  };
}
