import type { AttachmentKind } from './entities.ts';
import { type AttachmentStorage, LocalDiskStorage } from './storage.ts';

export interface FilesConfig {
  storage: AttachmentStorage;
  /** HMAC key for download URLs; at least 32 characters. Rotating it invalidates issued URLs. */
  secret: string;
  /** Lifetime of a signed download URL. */
  urlTtlSeconds: number;
  /** Origin put in front of download paths (`https://api.example.com`); relative paths when null. */
  publicUrl: string | null;
  /** Largest accepted upload per kind, in bytes. */
  maxBytes: Record<AttachmentKind, number>;
  /** Accepted sniffed content types and the kind each one counts as. */
  allowedTypes: Record<string, AttachmentKind>;
  /** Longest edge of image thumbnails, in pixels. */
  thumbnailSize: number;
}

export const FILES_ROUTE_PREFIX = '/files/';

export const DEFAULT_ALLOWED_TYPES: Record<string, AttachmentKind> = {
  'image/jpeg': 'image',
  'image/png': 'image',
  'image/webp': 'image',
  'image/gif': 'image',
  'image/heic': 'image',
  'image/heif': 'image',
  'image/avif': 'image',
  'video/mp4': 'video',
  'video/quicktime': 'video',
  'video/webm': 'video',
  'audio/mpeg': 'audio',
  'audio/mp4': 'audio',
  'audio/x-m4a': 'audio',
  'audio/aac': 'audio',
  'audio/ogg': 'audio',
  'audio/opus': 'audio',
  'audio/wav': 'audio',
  'audio/x-wav': 'audio',
  'audio/webm': 'audio',
  'audio/amr': 'audio',
  'application/pdf': 'file',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'file',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'file',
  'application/zip': 'file',
};

export const DEFAULT_MAX_BYTES: Record<AttachmentKind, number> = {
  image: 15 * 1024 * 1024,
  video: 200 * 1024 * 1024,
  audio: 20 * 1024 * 1024,
  file: 50 * 1024 * 1024,
};

export const DEFAULT_FILES_CONFIG = {
  urlTtlSeconds: 15 * 60,
  publicUrl: null,
  maxBytes: DEFAULT_MAX_BYTES,
  allowedTypes: DEFAULT_ALLOWED_TYPES,
  thumbnailSize: 320,
} satisfies Partial<FilesConfig>;

/** What the server sets: a secret, and where the bytes go (a local directory or any storage); the rest has defaults. */
export interface FilesSettings extends Partial<Omit<FilesConfig, 'storage' | 'secret'>> {
  /** HMAC secret for download links (≥ 32 characters). */
  secret: string;
  /** Local directory for the default disk storage. */
  directory?: string;
  /** Any other storage (S3Storage for an S3-compatible bucket). */
  storage?: AttachmentStorage;
}

/** The settings over the defaults; refuses to start without a secret and a place for the bytes. */
export function resolveFilesConfig(settings: FilesSettings | undefined): FilesConfig {
  if (!settings) {
    throw new Error(
      'The files plugin needs settings: createPlatform({ settings: { files: { secret, directory } } }) (or `storage` instead of `directory`).',
    );
  }
  const { directory, storage, ...rest } = settings;
  if (!storage && !directory)
    throw new Error('The files plugin needs a `directory` (local disk) or a `storage` in its settings.');
  if (rest.secret.length < 32) throw new Error('The files plugin: `secret` must be at least 32 characters.');
  return { ...DEFAULT_FILES_CONFIG, ...rest, storage: storage ?? new LocalDiskStorage(directory as string) };
}

/** The largest file accepted of these kinds (of any kind when none are named). */
export function largestAccepted(config: FilesConfig, kinds?: readonly AttachmentKind[]): number {
  return Math.max(
    ...Object.entries(config.maxBytes)
      .filter(([kind]) => !kinds || kinds.includes(kind as AttachmentKind))
      .map(([, bytes]) => bytes),
  );
}
