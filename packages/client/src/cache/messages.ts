import { gql, type TypedDocumentNode } from '@urql/core';
import type { Cache } from '@urql/exchange-graphcache';
import { globalId } from '../ids.ts';
import type { ApplyContext } from './apply.ts';
import { writeFields } from './edit.ts';

/** A message as the apps show it (both apps' threads, lists' last message): fetched when its event cannot say all of it. */
export const MESSAGE_FIELDS = gql`
  fragment LacewireMessage on Message {
    id
    conversationId
    seq
    kind
    senderId
    senderName
    fromMe
    clientMessageId
    body
    attachmentId
    attachment {
      id
      kind
      url
      thumbnailUrl
      fileName
      byteSize
      contentType
    }
    durationSeconds
    link {
      kind
      id
    }
    internal
    recalled
    recalledAt
    createdAt
  }
`;

/** One message alone (one small query). */
export const MESSAGE = gql`
  query LacewireMessage($id: ID!) {
    node(id: $id) {
      __typename
      ...LacewireMessage
    }
  }
  ${MESSAGE_FIELDS}
`;

/** A message as `message.sent` carries it (server: messaging's MessagePayload): its ids are local, the event log's. */
export interface MessagePayload {
  id: string;
  conversationId: string;
  seq: number;
  senderId: string | null;
  clientMessageId: string | null;
  kind: string;
  body: string | null;
  attachmentId: string | null;
  durationSeconds: number | null;
  linkKind: string | null;
  linkId: string | null;
  meta: Record<string, unknown> | null;
  internal: boolean;
  recalledAt: string | null;
  createdAt: string;
}

export const messageKey = (cache: Cache, id: string) =>
  cache.keyOfEntity({ __typename: 'Message', id: globalId('Message', id) }) as string;

/** The keys of the conversation's cached messages: its pages and its last message. */
export function cachedMessages(cache: Cache, conversation: string): string[] {
  const keys: string[] = [];
  for (const field of cache.inspectFields(conversation)) {
    const value = cache.resolve(conversation, field.fieldKey);
    if (field.fieldName === 'lastMessage' && typeof value === 'string') keys.push(value);
    if (field.fieldName !== 'messages' || typeof value !== 'string') continue;
    const list = cache.resolve(value, 'messages');
    if (Array.isArray(list)) keys.push(...(list as string[]));
  }
  return keys;
}

/** The schema type a message link's id names, by its kind (server: messaging's LINK_TYPES). */
const LINK_TYPES: Record<string, string> = { order: 'WorkOrder', appointment: 'Appointment', complaint: 'Complaint' };

/** A sender's name as the cache already shows it (their account, a member, another of their messages); undefined: not known. */
function senderName(cache: Cache, conversation: string, senderId: string): string | undefined {
  const account = cache.keyOfEntity({ __typename: 'Account', id: senderId });
  const own = account && cache.resolve(account, 'displayName');
  if (typeof own === 'string') return own;
  const members = cache.resolve(conversation, 'members');
  for (const m of Array.isArray(members) ? (members as string[]) : []) {
    const name = cache.resolve(m, 'displayName');
    if (cache.resolve(m, 'accountId') === senderId && typeof name === 'string') return name;
  }
  for (const key of cachedMessages(cache, conversation)) {
    const name = cache.resolve(key, 'senderName');
    if (cache.resolve(key, 'senderId') === senderId && typeof name === 'string') return name;
  }
  return undefined;
}

/**
 * Writes what the event says of the message; returns the fields it cannot say (an attachment's
 * signed address, a text the server words in each reader's language, a sender nobody showed yet).
 */
export function writeMessage(cache: Cache, conversation: string, m: MessagePayload, me: string | null): string[] {
  const recalled = !!m.recalledAt;
  const unknown: string[] = [];
  const wordedByServer = !recalled && typeof (m.meta?.text as { key?: unknown } | undefined)?.key === 'string';
  // The schema's ids are global: the payload's local ones are written (and compared) as such.
  const senderId = m.senderId && globalId('Account', m.senderId);
  const name = senderId ? senderName(cache, conversation, senderId) : null;
  if (wordedByServer) unknown.push('body');
  if (me === null) unknown.push('fromMe');
  if (name === undefined) unknown.push('senderName');
  if (m.attachmentId && !recalled) unknown.push('attachment');
  writeFields(cache, 'Message', globalId('Message', m.id), {
    conversationId: globalId('Conversation', m.conversationId),
    seq: m.seq,
    kind: m.kind,
    senderId,
    senderName: name,
    fromMe: me === null ? undefined : m.senderId === me,
    clientMessageId: m.clientMessageId,
    body: recalled ? null : wordedByServer ? undefined : m.body,
    attachmentId: recalled || !m.attachmentId ? null : globalId('Attachment', m.attachmentId),
    attachment: m.attachmentId && !recalled ? undefined : null,
    durationSeconds: m.durationSeconds,
    link:
      m.linkKind && m.linkId && !recalled
        ? { __typename: 'MessageLink', kind: m.linkKind, id: globalId(LINK_TYPES[m.linkKind] ?? m.linkKind, m.linkId) }
        : null,
    meta: recalled ? null : m.meta,
    internal: m.internal,
    recalled,
    recalledAt: m.recalledAt,
    createdAt: m.createdAt,
  });
  return unknown;
}

/** The pages of a conversation that end at its newest message (where a new one goes). */
function newestPages(cache: Cache, conversation: string): string[] {
  const pages: string[] = [];
  for (const field of cache.inspectFields(conversation)) {
    const args = field.arguments ?? {};
    if (field.fieldName !== 'messages' || args.beforeSeq != null || args.aroundSeq != null || args.aroundMessageId != null)
      continue;
    const page = cache.resolve(conversation, field.fieldKey);
    if (typeof page === 'string' && cache.resolve(page, 'hasNewer') !== true) pages.push(page);
  }
  return pages;
}

/** Fields a sibling shows that this message lacks (a list must not get an item it cannot render). */
function lacking(cache: Cache, message: string, sibling: string | undefined): string[] {
  if (!sibling) return [];
  const has = new Set(cache.inspectFields(message).map((f) => f.fieldKey));
  return cache
    .inspectFields(sibling)
    .filter((f) => !has.has(f.fieldKey))
    .map((f) => f.fieldName);
}

/**
 * What the message still needs before the conversation's lists on screen can show it: fields its
 * neighbours there have, and the fields the event could not say that a screen shows.
 */
export function missingFor(cache: Cache, conversation: string, message: string, unknown: string[], context: ApplyContext) {
  const missing = new Set(unknown.filter((f) => context.shows(f)));
  const siblings = newestPages(cache, conversation).map((p) => (cache.resolve(p, 'messages') as string[] | undefined)?.at(-1));
  const last = cache.resolve(conversation, 'lastMessage');
  if (typeof last === 'string') siblings.push(last);
  for (const sibling of siblings) if (sibling !== message) for (const f of lacking(cache, message, sibling)) missing.add(f);
  return [...missing];
}

/** Puts the message into the conversation's newest pages (by sequence) and makes it its last message. */
export function linkMessage(cache: Cache, conversation: string, message: string, seq: number): void {
  for (const page of newestPages(cache, conversation)) {
    const list = cache.resolve(page, 'messages');
    if (!Array.isArray(list)) continue;
    const keys = list as string[];
    if (keys.includes(message)) continue;
    const at = keys.findIndex((k) => (cache.resolve(k, 'seq') as number) > seq);
    cache.link(page, 'messages', at < 0 ? [...keys, message] : [...keys.slice(0, at), message, ...keys.slice(at)]);
  }
  if (!cache.inspectFields(conversation).some((f) => f.fieldName === 'lastMessage')) return;
  const last = cache.resolve(conversation, 'lastMessage') as string | null;
  if (!last || (cache.resolve(last, 'seq') as number) < seq) cache.link(conversation, 'lastMessage', message);
}
