import {
  InvalidInputError,
  NotFoundError,
  RateLimitedError,
  type Runtime,
  rows,
  sharedLoader,
  sql,
  type Tx,
  type Viewer,
} from '@lacewire/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { MESSAGE_SENDS, type MessagingConfig, sendLimitOf } from '../config.ts';
import type { LinkKind, MessageKind } from '../entities.ts';
import { NotMemberError, RecallTooLateError, TooLargeError, TypeNotAllowedError } from '../errors.ts';
import type { MessagingState } from '../state.ts';
import {
  accessOf,
  asMember,
  audienceOf,
  type ConversationAccess,
  type ConversationWithMembers,
  canRead,
  conversationsWithMembers,
  findConversation,
  memberConversation,
  membersOfConversation,
  readableConversation,
  seesInternal,
} from './access.ts';
import { checkAttachment } from './attachments.ts';
import { autoRepliedRecently, autoReplyWhenClosed, isOpen } from './auto-reply.ts';
import { openCustomerConversation } from './conversations.ts';
import { MESSAGE_COLUMNS, type MessageRow, toMessage } from './rows.ts';
import { appendMessage, existingByClientId } from './write.ts';

export interface MessageInput {
  kind: MessageKind;
  body?: string | null;
  attachmentId?: string | null;
  durationSeconds?: number | null;
  linkKind?: LinkKind | null;
  linkId?: string | null;
  meta?: Record<string, unknown> | null;
  internal?: boolean;
  /** Chosen by the sending client; the same id again returns the first message (retry). */
  clientMessageId?: string | null;
}

/** Kinds people send through the API; call records and system messages come from the platform. */
const PERSON_KINDS: readonly MessageKind[] = ['text', 'image', 'voice', 'file'];

function validate(config: MessagingConfig, input: MessageInput) {
  const body = input.body ?? null;
  if (body !== null && body.length > config.maxTextLength) {
    throw new TooLargeError(`A message holds at most ${config.maxTextLength} characters.`, config.maxTextLength);
  }
  switch (input.kind) {
    case 'text':
      if (!body || body.trim() === '') throw new InvalidInputError('A text message needs a body.', 'body');
      break;
    case 'image':
    case 'file':
      if (!input.attachmentId) throw new InvalidInputError(`An ${input.kind} message needs an attachment.`, 'attachmentId');
      break;
    case 'voice':
      if (!input.attachmentId) throw new InvalidInputError('A voice message needs an attachment.', 'attachmentId');
      if (!input.durationSeconds || input.durationSeconds < 1)
        throw new InvalidInputError('A voice message needs its duration.', 'durationSeconds');
      if (input.durationSeconds > config.maxVoiceSeconds) {
        throw new TooLargeError(`A voice message lasts at most ${config.maxVoiceSeconds} s.`, config.maxVoiceSeconds);
      }
      break;
  }
  if ((input.linkKind == null) !== (input.linkId == null))
    throw new InvalidInputError('A link needs both kind and id.', 'linkId');
}

/** Who may send what: membership, kinds, internal notes, sizes. */
function checkSend(
  config: MessagingConfig,
  viewer: Viewer,
  conversationId: string,
  access: ConversationAccess,
  input: MessageInput,
) {
  const { conversation, member } = asMember(access, conversationId);
  if (!PERSON_KINDS.includes(input.kind)) throw new TypeNotAllowedError(input.kind);
  if (input.internal && (member.role === 'customer' || viewer.customerId)) {
    throw new TypeNotAllowedError(input.kind, 'Only staff write internal notes.');
  }
  if (input.internal && conversation.kind === 'staffGroup') {
    throw new TypeNotAllowedError(input.kind, 'A staff group has no customer: write a normal message.');
  }
  validate(config, input);
  return { ...access, member };
}

/** A person sends a message through the API, in one transaction of its own. */
export async function sendMessage(
  tx: Tx,
  messaging: MessagingState,
  viewer: Viewer,
  conversationId: string,
  input: MessageInput,
) {
  const { config } = messaging;
  const access = await readableConversation(tx.em, viewer, conversationId);
  const { conversation, members, member } = checkSend(config, viewer, conversationId, access, input);
  // A retry is answered before the attachment checks: resending never fails because of them.
  const result = await appendMessage(tx, conversation, members, viewer.accountId, input, async () => {
    if (!input.attachmentId) return;
    const meta = await checkAttachment(tx, viewer, config, conversation, members, input);
    return { ...input, meta: { ...input.meta, ...meta } };
  });
  if (result.created && member.role === 'customer') await autoReplyWhenClosed(tx, messaging, conversation, members);
  return result;
}

/** Conversations with their members; concurrent sends look theirs up in one query. */
const conversationLoader = sharedLoader<string, ConversationWithMembers>('messaging.conversations', async (em, ids) => {
  const found = await conversationsWithMembers(em, ids);
  return ids.map((id) => found.get(id) ?? null);
});

/**
 * Takes the sender's point of the send limit (a counter in PostgreSQL: it holds across
 * instances; concurrent senders' points are taken in one statement). Over the limit a retry is
 * still answered, with its first message; null otherwise.
 */
async function takeSendPoint(
  runtime: Runtime,
  em: EntityManager,
  config: MessagingConfig,
  viewer: Viewer,
  conversationId: string,
  input: MessageInput,
): Promise<{ message: MessageRow; created: false } | null> {
  try {
    await runtime.countAttempt([sendLimitOf(config), viewer.accountId]);
    return null;
  } catch (error) {
    if (!(error instanceof RateLimitedError) || !input.clientMessageId) throw error;
    const existing = await existingByClientId(em, viewer.accountId, input.clientMessageId);
    if (existing?.conversationId === conversationId) return { message: existing, created: false };
    throw error;
  }
}

/**
 * A person sends a message through the API, in the conversation's turn (MESSAGE_SENDS: a few at
 * once per conversation, the rest wait in memory), after the send limit. Messages without
 * attachments take the hot path: checks and the retry lookup run on the request's connection in
 * parallel with other requests; the write joins a group commit (many senders' messages in one
 * transaction, one WAL flush). Attachments, and any batch that fails, take sendMessage's own
 * transaction.
 */
export function sendMessageFast(
  messaging: MessagingState,
  runtime: Runtime,
  em: EntityManager,
  viewer: Viewer,
  conversationId: string,
  input: MessageInput,
) {
  const { config } = messaging;
  return runtime.budgets.turn(MESSAGE_SENDS, conversationId, async () => {
    const retried = await takeSendPoint(runtime, em, config, viewer, conversationId, input);
    if (retried) return retried;
    const single = () => runtime.tx((tx) => sendMessage(tx, messaging, viewer, conversationId, input));
    if (input.attachmentId || !input.clientMessageId) return single();
    const loaded = await conversationLoader({ runtime }).load(conversationId);
    const access = accessOf(viewer, conversationId, loaded);
    const { conversation, members, member } = checkSend(config, viewer, conversationId, access, input);
    const result = await messaging.writes.run({ conversation, members, senderId: viewer.accountId, input }, single);
    if (result.created && member.role === 'customer' && !autoRepliedRecently(config, conversation)) {
      const store = await messaging.storeHours.of(em, conversation.storeId);
      if (!isOpen(store.openingHours, store.timeZone, new Date())) {
        await runtime.tx(async (tx) =>
          autoReplyWhenClosed(tx, messaging, conversation, await membersOfConversation(tx.em, conversation.id)),
        );
      }
    }
    return result;
  });
}

/** A structured message from the platform (business events, call records) in the customer's conversation. */
export async function postSystemMessage(
  tx: Tx,
  input: {
    storeId: string;
    customerId: string;
    body: string;
    linkKind?: LinkKind | null;
    linkId?: string | null;
    meta?: Record<string, unknown> | null;
    kind?: 'system' | 'call';
    durationSeconds?: number | null;
  },
) {
  const { conversation } = await openCustomerConversation(tx, input.storeId, input.customerId);
  const members = await membersOfConversation(tx.em, conversation.id);
  return appendMessage(tx, conversation, members, null, { kind: input.kind ?? 'system', ...input });
}

/** Recall by the sender within the window: the content disappears for everyone, the slot stays. */
export async function recallMessage(tx: Tx, config: MessagingConfig, viewer: Viewer, messageId: string) {
  const [row] = await rows(
    tx.em,
    sql`select ${sql.raw(MESSAGE_COLUMNS)} from messaging_message where id = ${messageId} for update`,
  );
  if (!row) throw new NotFoundError('Message');
  const message = toMessage(row);
  const { conversation, members } = await memberConversation(tx.em, viewer, message.conversationId);
  if (message.senderId !== viewer.accountId) throw new InvalidInputError('Only the sender recalls a message.', 'messageId');
  if (message.recalledAt) return message;
  const [recalled] = await rows(
    tx.em,
    sql`update messaging_message set recalled_at = now()
         where id = ${messageId} and created_at > now() - make_interval(secs => ${config.recallWindowSeconds})
       returning ${sql.raw(MESSAGE_COLUMNS)}`,
  );
  if (!recalled) throw new RecallTooLateError(config.recallWindowSeconds);
  tx.emit(
    'message.recalled',
    {
      storeId: conversation.storeId,
      conversationId: conversation.id,
      messageId,
      seq: message.seq,
      internal: message.internal,
      recalledBy: viewer.accountId,
    },
    audienceOf(conversation, members, message.internal),
  );
  return toMessage(recalled);
}

export async function messagesByIds(
  em: EntityManager,
  viewer: Viewer | null,
  ids: readonly string[],
): Promise<(MessageRow | null)[]> {
  if (ids.length === 0) return [];
  const found = (
    await rows(em, sql`select ${sql.raw(MESSAGE_COLUMNS)} from messaging_message where id = any(${[...ids]}::uuid[])`)
  ).map(toMessage);
  const visible = new Map<string, MessageRow>();
  for (const message of found) {
    const conversation = await findConversation(em, message.conversationId);
    if (!conversation) continue;
    const members = await membersOfConversation(em, conversation.id);
    const member = viewer ? members.find((m) => m.accountId === viewer.accountId) : null;
    if (!canRead(viewer, conversation, member)) continue;
    if (message.internal && !seesInternal(viewer)) continue;
    visible.set(message.id, message);
  }
  return ids.map((id) => visible.get(id) ?? null);
}

export interface HistoryPage {
  messages: MessageRow[];
  hasOlder: boolean;
  hasNewer: boolean;
}

export interface HistoryQuery {
  /** Messages before this sequence (older page). */
  beforeSeq?: number | null;
  /** Messages after this sequence (newer page). */
  afterSeq?: number | null;
  /** A page centred on this sequence (jump to a message). */
  aroundSeq?: number | null;
  limit: number;
}

/** One page of history in ascending order; without a position, the newest page. */
export async function history(
  em: EntityManager,
  conversationId: string,
  staff: boolean,
  query: HistoryQuery,
): Promise<HistoryPage> {
  const limit = Math.min(Math.max(query.limit, 1), 200);
  const older = (before: number | null, n: number) =>
    rows(
      em,
      sql`select ${sql.raw(MESSAGE_COLUMNS)} from messaging_message
           where conversation_id = ${conversationId} and (${before}::bigint is null or seq < ${before}::bigint) and (${staff} or not internal)
           order by seq desc limit ${n}`,
    );
  const newer = (after: number, n: number) =>
    rows(
      em,
      sql`select ${sql.raw(MESSAGE_COLUMNS)} from messaging_message
           where conversation_id = ${conversationId} and seq > ${after} and (${staff} or not internal)
           order by seq asc limit ${n}`,
    );
  if (query.afterSeq != null) {
    const found = (await newer(query.afterSeq, limit + 1)).map(toMessage);
    const hasNewer = found.length > limit;
    const messages = found.slice(0, limit);
    return {
      messages,
      hasNewer,
      hasOlder: await exists(em, conversationId, staff, 'older', messages[0]?.seq ?? query.afterSeq + 1),
    };
  }
  if (query.aroundSeq != null) {
    const half = Math.floor(limit / 2);
    const before = (await older(query.aroundSeq, half + 1)).map(toMessage);
    const after = (await newer(query.aroundSeq - 1, limit - half + 1)).map(toMessage);
    const hasOlder = before.length > half;
    const hasNewer = after.length > limit - half;
    return { messages: [...before.slice(0, half).reverse(), ...after.slice(0, limit - half)], hasOlder, hasNewer };
  }
  const found = (await older(query.beforeSeq ?? null, limit + 1)).map(toMessage);
  const hasOlder = found.length > limit;
  const messages = found.slice(0, limit).reverse();
  const last = messages[messages.length - 1]?.seq;
  const hasNewer = query.beforeSeq != null && last != null ? await exists(em, conversationId, staff, 'newer', last) : false;
  return { messages, hasOlder, hasNewer };
}

async function exists(em: EntityManager, conversationId: string, staff: boolean, direction: 'older' | 'newer', seq: number) {
  const [row] = await rows(
    em,
    direction === 'older'
      ? sql`select 1 from messaging_message where conversation_id = ${conversationId} and seq < ${seq} and (${staff} or not internal) limit 1`
      : sql`select 1 from messaging_message where conversation_id = ${conversationId} and seq > ${seq} and (${staff} or not internal) limit 1`,
  );
  return !!row;
}

/** Messages whose text contains the words (case-insensitive; Chinese works), newest first. */
export async function searchMessages(em: EntityManager, conversationId: string, staff: boolean, text: string, limit: number) {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const found = await rows(
    em,
    sql`select ${sql.raw(MESSAGE_COLUMNS)} from messaging_message
         where conversation_id = ${conversationId} and body ilike ${pattern} and recalled_at is null and (${staff} or not internal)
         order by seq desc limit ${Math.min(Math.max(limit, 1), 100)}`,
  );
  return found.map(toMessage);
}

export async function findMessage(em: EntityManager, messageId: string): Promise<MessageRow | null> {
  const [row] = await rows(em, sql`select ${sql.raw(MESSAGE_COLUMNS)} from messaging_message where id = ${messageId}`);
  return row ? toMessage(row) : null;
}

export { NotMemberError };
