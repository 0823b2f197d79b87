import { randomUUID } from 'node:crypto';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

export type AttachmentKind = 'image' | 'video' | 'audio' | 'file';

/**
 * One stored file. Who may see it is decided by its owner scope: the uploader, the explicit
 * accounts, and (when `storeId` is set) the staff of that store. Owners see everything.
 */
export const Attachment = defineEntity({
  name: 'Attachment',
  tableName: 'files_attachment',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    kind: p.enum(['image', 'video', 'audio', 'file'] as const),
    /** Sniffed from the bytes (magic numbers), never taken from the name or the client. */
    contentType: p.text(),
    byteSize: p.integer(),
    /** The client's file name, for display and download only. */
    fileName: p.text(),
    sha256: p.text(),
    storageKey: p.text().hidden(),
    thumbnailKey: p.text().nullable().hidden(),
    width: p.integer().nullable(),
    height: p.integer().nullable(),
    uploadedBy: p.uuid(),
    storeId: p.uuid().nullable(),
    accountIds: p.json<string[]>().defaultRaw("'[]'"),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type IAttachment = InferEntity<typeof Attachment>;
