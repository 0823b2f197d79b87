import { randomUUID } from 'node:crypto';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/**
 * The messaging tables. Writes on the hot path (send, receipts) go through SQL in
 * services/*.ts because they need row locks and `returning`; these definitions describe the
 * same tables for reads and for MikroORM's metadata.
 */
export const CONVERSATION_KINDS = ['customer', 'order', 'staffGroup', 'vip'] as const;
export type ConversationKind = (typeof CONVERSATION_KINDS)[number];

export const MEMBER_ROLES = ['customer', 'staff', 'moderator'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const MESSAGE_KINDS = ['text', 'image', 'voice', 'file', 'call', 'system'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const LINK_KINDS = ['order', 'appointment', 'complaint'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];
/** The GraphQL type each link kind points at (owned by the care, appointments and aftercare plugins). */
export const LINK_TYPES: Record<LinkKind, string> = { order: 'WorkOrder', appointment: 'Appointment', complaint: 'Complaint' };

export const Conversation = defineEntity({
  name: 'Conversation',
  tableName: 'messaging_conversation',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    kind: p.enum([...CONVERSATION_KINDS]),
    storeId: p.uuid(),
    customerId: p.uuid().nullable(),
    workOrderId: p.uuid().nullable(),
    technicianId: p.uuid().nullable(),
    title: p.text().nullable(),
    assigneeId: p.uuid().nullable(),
    /** The last sequence number handed out; the next message gets last_seq + 1. */
    lastSeq: p.bigint('number').defaultRaw('0'),
    lastMessageAt: p.datetime().nullable(),
    /** Set when a customer writes and no staff has answered since (inbox waiting time). */
    waitingSince: p.datetime().nullable(),
    lastAutoReplyAt: p.datetime().nullable(),
    createdAt: p
      .datetime()
      .onCreate(() => new Date())
      .defaultRaw('now()'),
  },
});
export type IConversation = InferEntity<typeof Conversation>;

export const ConversationMember = defineEntity({
  name: 'ConversationMember',
  tableName: 'messaging_member',
  properties: {
    conversationId: p.uuid().primary(),
    accountId: p.uuid().primary(),
    role: p.enum([...MEMBER_ROLES]),
    deliveredSeq: p.bigint('number').defaultRaw('0'),
    readSeq: p.bigint('number').defaultRaw('0'),
    joinedAt: p
      .datetime()
      .onCreate(() => new Date())
      .defaultRaw('now()'),
  },
});
export type IConversationMember = InferEntity<typeof ConversationMember>;

export const Message = defineEntity({
  name: 'Message',
  tableName: 'messaging_message',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    conversationId: p.uuid(),
    seq: p.bigint('number'),
    senderId: p.uuid().nullable(),
    clientMessageId: p.text().nullable(),
    kind: p.enum([...MESSAGE_KINDS]),
    body: p.text().nullable(),
    attachmentId: p.uuid().nullable(),
    durationSeconds: p.integer().nullable(),
    linkKind: p.text().nullable(),
    linkId: p.text().nullable(),
    meta: p.json<Record<string, unknown>>().nullable(),
    internal: p.boolean().default(false),
    recalledAt: p.datetime().nullable(),
    createdAt: p
      .datetime()
      .onCreate(() => new Date())
      .defaultRaw('now()'),
  },
});

export const CannedReply = defineEntity({
  name: 'CannedReply',
  tableName: 'messaging_canned_reply',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    storeId: p.uuid(),
    title: p.text(),
    body: p.text(),
    createdBy: p.uuid(),
    createdAt: p
      .datetime()
      .onCreate(() => new Date())
      .defaultRaw('now()'),
  },
});
export type ICannedReply = InferEntity<typeof CannedReply>;

/** Round-robin position of a store's inbox: who got the last new conversation. */
export const InboxState = defineEntity({
  name: 'InboxState',
  tableName: 'messaging_inbox_state',
  properties: {
    storeId: p.uuid().primary(),
    lastAssigneeId: p.uuid().nullable(),
  },
});
