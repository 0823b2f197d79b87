import { definePlugin } from '@lacewire/core';
import { DEFAULT_FILES_CONFIG, type FilesConfig } from './config.ts';
import { Attachment } from './entities.ts';
import { filesEvents } from './events.ts';
import { migrations } from './migrations.ts';
import { uploadRequestLimit } from './request-limit.ts';
import { downloadRoute } from './route.ts';
import { filesSchema } from './schema.ts';
import { bindFiles } from './services.ts';
import { type AttachmentStorage, LocalDiskStorage } from './storage.ts';

export { DEFAULT_ALLOWED_TYPES, DEFAULT_MAX_BYTES, FILES_ROUTE_PREFIX, type FilesConfig } from './config.ts';
export type { AttachmentKind, IAttachment } from './entities.ts';
export { FileTooLargeError, UnsupportedFileTypeError } from './errors.ts';
export { AttachmentRef } from './refs.ts';
export { FileScalar, type UploadedFile } from './schema.ts';
export * from './services.ts';
export { type AttachmentStorage, LocalDiskStorage, type S3Options, S3Storage } from './storage.ts';

export interface FilesOptions extends Partial<Omit<FilesConfig, 'storage' | 'secret'>> {
  /** HMAC secret for download links (≥ 32 characters). */
  secret: string;
  /** Local directory for the default disk storage. */
  directory?: string;
  /** Any other storage (S3Storage for an S3-compatible bucket). */
  storage?: AttachmentStorage;
}

/**
 * One attachment service for images, voice, video and documents, used by care, aftercare and
 * messaging. Uploads use the GraphQL multipart request spec; size and type are checked on the
 * sniffed content; downloads go through signed, expiring links checked again on every request.
 *
 *   curl http://localhost:4000/graphql -H 'authorization: Bearer …' -H 'x-lacewire-csrf: 1' \
 *     -F operations='{"query":"mutation($f: File!) { uploadAttachment(input: { file: $f }) { ... on Attachment { id url thumbnailUrl } ... on Error { message } } }","variables":{"f":null}}' \
 *     -F map='{"0":["variables.f"]}' -F 0=@sole.jpg
 *
 * Other plugins take attachment ids in their inputs and call `shareAttachments` to bring them
 * into an order's scope, or `createAttachment` to store bytes they produce themselves.
 */
export function filesPlugin(options: FilesOptions) {
  if (!options.storage && !options.directory) throw new Error('filesPlugin needs a `directory` (local disk) or a `storage`.');
  if (options.secret.length < 32) throw new Error('filesPlugin: `secret` must be at least 32 characters.');
  const { directory, storage, ...rest } = options;
  const config: FilesConfig = {
    ...DEFAULT_FILES_CONFIG,
    ...rest,
    storage: storage ?? new LocalDiskStorage(directory as string),
  };
  return definePlugin({
    name: 'files',
    requires: ['identity', 'stores'],
    entities: [Attachment],
    migrations,
    events: filesEvents,
    schema: filesSchema,
    seed: async ({ runtime }) => bindFiles(runtime, config),
    setup: (runtime) => bindFiles(runtime, config),
    yogaPlugins: () => [uploadRequestLimit(config)],
    routes: (runtime) => {
      bindFiles(runtime, config);
      return [downloadRoute(runtime)];
    },
  });
}
