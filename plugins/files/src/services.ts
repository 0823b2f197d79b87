import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import {
  hasStoreRole,
  InvalidInputError,
  NotFoundError,
  type Runtime,
  readPlain,
  sharedLoader,
  type Tx,
  type Viewer,
} from '@lacewire/core';
import { accountsByIds, membersOf } from '@lacewire/plugin-identity';
import type { EntityManager } from '@mikro-orm/postgresql';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { FILES_ROUTE_PREFIX, type FilesConfig, largestAccepted } from './config.ts';
import { Attachment, type AttachmentKind, type IAttachment } from './entities.ts';
import { FileTooLargeError, UnsupportedFileTypeError } from './errors.ts';
import { filesState } from './state.ts';

export type { AttachmentKind, IAttachment };

export interface NewAttachment {
  data: Uint8Array;
  /** Shown to people and used as download name; never decides the type. */
  fileName: string;
  uploadedBy: string;
  /** Staff of this store may see it. */
  storeId?: string | null;
  /** Further accounts that may see it (the customer of an order). The uploader always may. */
  accountIds?: string[];
  /** Accept only these kinds (e.g. photos must be images). */
  kinds?: AttachmentKind[];
}

/** What the bytes are, by their magic numbers; throws UnsupportedFileType for anything not allowed. */
export async function sniff(config: FilesConfig, data: Uint8Array, kinds?: AttachmentKind[]) {
  const allowed = Object.entries(config.allowedTypes)
    .filter(([, kind]) => !kinds || kinds.includes(kind))
    .map(([type]) => type);
  const detected = await fileTypeFromBuffer(data);
  const contentType = detected?.mime ?? null;
  if (!contentType || !allowed.includes(contentType)) throw new UnsupportedFileTypeError(contentType, allowed);
  return { contentType, kind: config.allowedTypes[contentType] as AttachmentKind };
}

function storageKey(id: string, at: Date) {
  return `${at.getUTCFullYear()}/${String(at.getUTCMonth() + 1).padStart(2, '0')}/${id}`;
}

/**
 * Checks and stores a file, then records it in the caller's transaction. Refusals (size, sniffed
 * type, undecodable image) happen before anything is written. Bytes are written before the
 * transaction commits; a rolled-back transaction leaves an unreferenced object behind.
 */
export async function createAttachment(runtime: Runtime, tx: Tx, input: NewAttachment): Promise<IAttachment> {
  const config = filesState.of(runtime);
  const largest = largestAccepted(config, input.kinds);
  if (input.data.byteLength > largest) throw new FileTooLargeError(input.data.byteLength, largest);
  if (input.data.byteLength === 0) throw new InvalidInputError('The file is empty.', 'file');
  const { contentType, kind } = await sniff(config, input.data, input.kinds);
  if (input.data.byteLength > config.maxBytes[kind]) {
    throw new FileTooLargeError(input.data.byteLength, config.maxBytes[kind], `This ${kind}`);
  }

  let width: number | null = null;
  let height: number | null = null;
  let thumbnail: Uint8Array | null = null;
  if (kind === 'image') {
    try {
      const image = sharp(input.data, { failOn: 'error' }).rotate();
      const meta = await image.metadata();
      const upright = (meta.orientation ?? 1) >= 5;
      width = (upright ? meta.height : meta.width) ?? null;
      height = (upright ? meta.width : meta.height) ?? null;
      thumbnail = await image
        .resize(config.thumbnailSize, config.thumbnailSize, { fit: 'inside', withoutEnlargement: true })
        .webp({ quality: 80 })
        .toBuffer();
    } catch {
      throw new UnsupportedFileTypeError(
        contentType,
        Object.keys(config.allowedTypes),
        `The image could not be decoded (${contentType}); it may be damaged. Nothing was stored.`,
      );
    }
  }

  const id = randomUUID();
  const createdAt = new Date();
  const key = storageKey(id, createdAt);
  await config.storage.put(key, input.data, contentType);
  if (thumbnail) await config.storage.put(`${key}.thumb.webp`, thumbnail, 'image/webp');

  const attachment = tx.em.create(Attachment, {
    id,
    kind,
    contentType,
    byteSize: input.data.byteLength,
    fileName: cleanFileName(input.fileName),
    sha256: createHash('sha256').update(input.data).digest('hex'),
    storageKey: key,
    thumbnailKey: thumbnail ? `${key}.thumb.webp` : null,
    width,
    height,
    uploadedBy: input.uploadedBy,
    storeId: input.storeId ?? null,
    accountIds: [...new Set([input.uploadedBy, ...(input.accountIds ?? [])])],
    createdAt,
  });
  tx.emit(
    'attachment.uploaded',
    {
      attachmentId: id,
      kind,
      contentType,
      byteSize: attachment.byteSize,
      uploadedBy: input.uploadedBy,
      storeId: attachment.storeId ?? null,
    },
    { accounts: [input.uploadedBy] },
  );
  return attachment;
}

function cleanFileName(name: string) {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f && c !== '"')
    .join('')
    .trim()
    .slice(0, 200);
  return cleaned || 'file';
}

export async function getAttachment(em: EntityManager, id: string): Promise<IAttachment> {
  const attachment = await em.findOne(Attachment, { id });
  if (!attachment) throw new NotFoundError('Attachment');
  return attachment;
}

/** Attachments by id, in the order asked; `readOnly` gives plain rows (cheaper; never flush them). */
export async function attachmentsByIds(
  em: EntityManager,
  ids: readonly string[],
  readOnly = false,
): Promise<(IAttachment | null)[]> {
  if (ids.length === 0) return [];
  const where = { id: { $in: [...new Set(ids)] } };
  const found = readOnly ? await readPlain(em, Attachment, where) : await em.find(Attachment, where);
  const byId = new Map(found.map((a) => [a.id, a]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** The owner scope: uploader, listed accounts, staff of the attachment's store, owners. */
export function canSeeAttachment(viewer: Viewer | null, attachment: IAttachment): boolean {
  if (!viewer) return false;
  if (viewer.isOwner) return true;
  if (attachment.uploadedBy === viewer.accountId || attachment.accountIds.includes(viewer.accountId)) return true;
  return !!attachment.storeId && hasStoreRole(viewer, attachment.storeId);
}

/** The same check from the database, for a download where only the account id is known. */
export async function accountMaySee(em: EntityManager, accountId: string, attachment: IAttachment): Promise<boolean> {
  const [account] = await accountsByIds(em, [accountId]);
  if (!account || account.disabled) return false;
  if (account.isOwner) return true;
  if (attachment.uploadedBy === accountId || attachment.accountIds.includes(accountId)) return true;
  if (!attachment.storeId) return false;
  return (await membersOf(em, attachment.storeId)).some((m) => m.accountId === accountId);
}

export interface ShareOptions {
  /** The store the attachments now belong to (its staff see them). */
  storeId?: string | null;
  /** Accounts that now see them (e.g. the order's customer). */
  accountIds?: string[];
  /** Only these kinds are accepted (InvalidInput otherwise). */
  kinds?: AttachmentKind[];
  /** The input field named in errors. */
  field?: string;
}

/**
 * Takes attachments the viewer uploaded (or may see) into a business object: widens their scope
 * to the object's store and people. Returns them in the order asked. Throws NotFound for an id
 * the viewer may not see, InvalidInput for a wrong kind or an attachment of another store.
 */
export async function shareAttachments(tx: Tx, viewer: Viewer, ids: readonly string[], options: ShareOptions = {}) {
  const found = await attachmentsByIds(tx.em, ids);
  const field = options.field ?? 'attachmentIds';
  return found.map((attachment) => {
    if (!attachment || !canSeeAttachment(viewer, attachment)) throw new NotFoundError('Attachment');
    if (options.kinds && !options.kinds.includes(attachment.kind)) {
      throw new InvalidInputError(
        `Expected ${options.kinds.join(' or ')}, got a ${attachment.kind} (${attachment.fileName}).`,
        field,
      );
    }
    if (options.storeId) {
      if (attachment.storeId && attachment.storeId !== options.storeId) {
        throw new InvalidInputError('This attachment belongs to another store.', field);
      }
      attachment.storeId = options.storeId;
    }
    const accounts = new Set([...attachment.accountIds, ...(options.accountIds ?? [])]);
    if (accounts.size !== attachment.accountIds.length) attachment.accountIds = [...accounts];
    return attachment;
  });
}

export type Variant = 'original' | 'thumbnail';

function signature(secret: string, id: string, variant: Variant, expires: number, accountId: string) {
  return createHmac('sha256', secret).update(`${id}\n${variant}\n${expires}\n${accountId}`).digest('base64url');
}

/**
 * A download URL for one account, valid for `ttlSeconds`: the server checks the HMAC, the expiry
 * and, again, that the account may still see the attachment.
 */
export function signedUrl(
  runtime: Runtime,
  attachment: Pick<IAttachment, 'id'>,
  accountId: string,
  options: { variant?: Variant; ttlSeconds?: number; now?: number } = {},
) {
  const config = filesState.of(runtime);
  const variant = options.variant ?? 'original';
  const expires = Math.floor((options.now ?? Date.now()) / 1000) + (options.ttlSeconds ?? config.urlTtlSeconds);
  const sig = signature(config.secret, attachment.id, variant, expires, accountId);
  const path = `${FILES_ROUTE_PREFIX}${attachment.id}/${variant}?exp=${expires}&acc=${accountId}&sig=${sig}`;
  return { url: config.publicUrl ? `${config.publicUrl.replace(/\/+$/, '')}${path}` : path, expiresAt: new Date(expires * 1000) };
}

export type UrlCheck =
  | { ok: true; id: string; variant: Variant; accountId: string }
  | { ok: false; status: 400 | 403 | 410; reason: string };

export function verifySignedUrl(config: FilesConfig, url: URL, now = Date.now()): UrlCheck {
  const match = url.pathname.slice(FILES_ROUTE_PREFIX.length).match(/^([0-9a-f-]{36})\/(original|thumbnail)$/);
  const exp = Number(url.searchParams.get('exp'));
  const accountId = url.searchParams.get('acc') ?? '';
  const sig = url.searchParams.get('sig') ?? '';
  if (!match || !Number.isInteger(exp) || !accountId || !sig)
    return { ok: false, status: 400, reason: 'Malformed download link.' };
  const [, id, variant] = match as unknown as [string, string, Variant];
  const expected = Buffer.from(signature(config.secret, id, variant, exp, accountId));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, status: 403, reason: 'Invalid download link.' };
  }
  if (exp * 1000 < now) return { ok: false, status: 410, reason: 'This download link has expired; ask for a new one.' };
  return { ok: true, id, variant, accountId };
}

const attachmentLoader = sharedLoader<string, IAttachment>('files.attachments', (em, keys) => attachmentsByIds(em, keys, true));

/**
 * The attachments the viewer may see, in the order asked, batched per operation and across
 * concurrent ones (a history page or an order with many photos asks once).
 */
export async function visibleAttachments(
  ctx: { viewer: Viewer | null; runtime: { em(): EntityManager } },
  ids: readonly string[],
): Promise<IAttachment[]> {
  const found = await attachmentLoader(ctx).loadMany(ids);
  return found.filter((a): a is IAttachment => !!a && !(a instanceof Error) && canSeeAttachment(ctx.viewer, a));
}
