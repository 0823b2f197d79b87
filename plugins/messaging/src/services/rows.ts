import type { ConversationKind, LinkKind, MemberRole, MessageKind } from '../entities.ts';
import type { MessagePayload } from '../events.ts';

/** Row shapes as the services return them (camelCase, sequences as numbers). */
export interface ConversationRow {
  id: string;
  kind: ConversationKind;
  storeId: string;
  customerId: string | null;
  workOrderId: string | null;
  technicianId: string | null;
  title: string | null;
  assigneeId: string | null;
  lastSeq: number;
  lastMessageAt: Date | null;
  waitingSince: Date | null;
  lastAutoReplyAt: Date | null;
  createdAt: Date;
}

export interface MemberRow {
  conversationId: string;
  accountId: string;
  role: MemberRole;
  deliveredSeq: number;
  readSeq: number;
  joinedAt: Date;
}

export interface MessageRow {
  id: string;
  conversationId: string;
  seq: number;
  senderId: string | null;
  clientMessageId: string | null;
  kind: MessageKind;
  body: string | null;
  attachmentId: string | null;
  durationSeconds: number | null;
  linkKind: LinkKind | null;
  linkId: string | null;
  meta: Record<string, unknown> | null;
  internal: boolean;
  recalledAt: Date | null;
  createdAt: Date;
}

/** Conversation columns as ConversationRow fields; `alias` qualifies them (`c.id`) in joins. */
export function conversationColumns(alias = '') {
  const a = alias ? `${alias}.` : '';
  return `${a}id, ${a}kind, ${a}store_id as "storeId", ${a}customer_id as "customerId", ${a}work_order_id as "workOrderId",
  ${a}technician_id as "technicianId", ${a}title, ${a}assignee_id as "assigneeId", ${a}last_seq as "lastSeq",
  ${a}last_message_at as "lastMessageAt", ${a}waiting_since as "waitingSince", ${a}last_auto_reply_at as "lastAutoReplyAt",
  ${a}created_at as "createdAt"`;
}
export const CONVERSATION_COLUMNS = conversationColumns();

export const MEMBER_COLUMNS = `conversation_id as "conversationId", account_id as "accountId", role,
  delivered_seq as "deliveredSeq", read_seq as "readSeq", joined_at as "joinedAt"`;

export const MESSAGE_COLUMNS = `id, conversation_id as "conversationId", seq, sender_id as "senderId", client_message_id as "clientMessageId",
  kind, body, attachment_id as "attachmentId", duration_seconds as "durationSeconds", link_kind as "linkKind", link_id as "linkId",
  meta, internal, recalled_at as "recalledAt", created_at as "createdAt"`;

/** Raw queries return timestamps as text; the services hand out Dates. */
function date(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}
function maybeDate(value: unknown): Date | null {
  return value == null ? null : date(value);
}

export function toConversation(row: any): ConversationRow {
  return {
    ...row,
    lastSeq: Number(row.lastSeq),
    lastMessageAt: maybeDate(row.lastMessageAt),
    waitingSince: maybeDate(row.waitingSince),
    lastAutoReplyAt: maybeDate(row.lastAutoReplyAt),
    createdAt: date(row.createdAt),
  };
}

export function toMember(row: any): MemberRow {
  return { ...row, deliveredSeq: Number(row.deliveredSeq), readSeq: Number(row.readSeq), joinedAt: date(row.joinedAt) };
}

export function toMessage(row: any): MessageRow {
  return { ...row, seq: Number(row.seq), createdAt: date(row.createdAt), recalledAt: maybeDate(row.recalledAt) };
}

export function messagePayload(m: MessageRow): MessagePayload {
  return {
    ...m,
    createdAt: new Date(m.createdAt).toISOString(),
    recalledAt: m.recalledAt ? new Date(m.recalledAt).toISOString() : null,
  };
}

export function messageFromPayload(p: MessagePayload): MessageRow {
  return {
    ...p,
    linkKind: p.linkKind as LinkKind | null,
    createdAt: new Date(p.createdAt),
    recalledAt: p.recalledAt ? new Date(p.recalledAt) : null,
  };
}
