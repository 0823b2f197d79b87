import { definePlugin } from '@lacewire/core';
import { Attachment } from './entities.ts';
import { filesEvents } from './events.ts';
import { migrations } from './migrations.ts';
import { uploadRequestLimit } from './request-limit.ts';
import { downloadRoute } from './route.ts';
import { filesSchema } from './schema/index.ts';
import { filesState } from './state.ts';

export {
  DEFAULT_ALLOWED_TYPES,
  DEFAULT_MAX_BYTES,
  FILES_ROUTE_PREFIX,
  type FilesConfig,
  type FilesSettings,
} from './config.ts';
export type { AttachmentKind, IAttachment } from './entities.ts';
export { FileTooLargeError, UnsupportedFileTypeError } from './errors.ts';
export { AttachmentRef } from './refs.ts';
export { FileScalar } from './schema/attachment.ts';
export type { UploadedFile } from './schema/upload.ts';
export {
  attachmentsByIds,
  canSeeAttachment,
  createAttachment,
  type NewAttachment,
  type ShareOptions,
  shareAttachments,
  signedUrl,
  visibleAttachments,
} from './services.ts';
export { type AttachmentStorage, LocalDiskStorage, type S3Options, S3Storage } from './storage.ts';

/**
 * One attachment service for images, voice, video and documents, used by care, aftercare and
 * messaging. Uploads use the GraphQL multipart request spec; size and type are checked on the
 * sniffed content; downloads go through signed, expiring links checked again on every request.
 *
 * Settings (required): `createPlatform({ settings: { files: { secret, directory } } })`, or
 * `storage: new S3Storage(…)` instead of `directory`; limits and link lifetime have defaults.
 *
 *   curl http://localhost:4000/graphql -H 'authorization: Bearer …' -H 'x-lacewire-csrf: 1' \
 *     -F operations='{"query":"mutation($f: File!) { uploadAttachment(input: { file: $f }) { ... on Attachment { id url thumbnailUrl } ... on Error { message } } }","variables":{"f":null}}' \
 *     -F map='{"0":["variables.f"]}' -F 0=@sole.jpg
 *
 * Other plugins take attachment ids in their inputs and call `shareAttachments` to bring them
 * into an order's scope, or `createAttachment` to store bytes they produce themselves.
 */
export const filesPlugin = definePlugin({
  name: 'files',
  requires: ['identity', 'stores'],
  state: filesState,
  entities: [Attachment],
  migrations,
  events: filesEvents,
  schema: filesSchema,
  yogaPlugins: (runtime) => [uploadRequestLimit(filesState.of(runtime))],
  routes: (runtime) => [downloadRoute(runtime)],
});
