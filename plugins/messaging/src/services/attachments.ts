import { NotFoundError, type Tx, type Viewer } from '@lacewire/core';
import { type AttachmentKind, attachmentsByIds, canSeeAttachment, shareAttachments } from '@lacewire/plugin-files';
import type { MessagingConfig } from '../config.ts';
import type { MessageKind } from '../entities.ts';
import { TooLargeError, TypeNotAllowedError } from '../errors.ts';
import type { MessageInput } from './messages.ts';
import type { ConversationRow, MemberRow } from './rows.ts';

/** Which stored file kinds each message kind carries. */
export const ATTACHMENT_KINDS: Partial<Record<MessageKind, AttachmentKind[]>> = {
  image: ['image'],
  // Browsers record voice as audio/webm, which sniffs as a (video) WebM container.
  voice: ['audio', 'video'],
  file: ['file', 'video', 'image', 'audio'],
};

/**
 * Attachments are uploaded through the files plugin first; the message refers to one by id.
 * The sender must be able to see it, its kind must fit the message kind (TypeNotAllowed) and it
 * must be within the chat limit (TooLarge). It is then shared with the conversation: the store's
 * staff and every member may download it. Returns what the message keeps for display.
 */
export async function checkAttachment(
  tx: Tx,
  viewer: Viewer,
  config: MessagingConfig,
  conversation: ConversationRow,
  members: MemberRow[],
  input: MessageInput,
): Promise<Record<string, unknown>> {
  const [attachment] = await attachmentsByIds(tx.em, [input.attachmentId as string]);
  if (!attachment || !canSeeAttachment(viewer, attachment)) throw new NotFoundError('Attachment');
  const allowed = ATTACHMENT_KINDS[input.kind] ?? [];
  if (!allowed.includes(attachment.kind)) {
    throw new TypeNotAllowedError(input.kind, `A ${input.kind} message carries ${allowed.join(' or ')}, not ${attachment.kind}.`);
  }
  const limit = config.maxAttachmentBytes[input.kind as 'image' | 'voice' | 'file'];
  if (limit && attachment.byteSize > limit) {
    throw new TooLargeError(`Attachments of ${input.kind} messages are at most ${Math.round(limit / 1024 / 1024)} MB.`, limit);
  }
  await shareAttachments(tx, viewer, [attachment.id], {
    storeId: conversation.storeId,
    accountIds: members.map((m) => m.accountId),
    field: 'attachmentId',
  });
  return { fileName: attachment.fileName, byteSize: attachment.byteSize, contentType: attachment.contentType };
}
