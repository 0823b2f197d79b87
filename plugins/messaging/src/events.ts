import { z } from 'zod';

/** A message as it travels in events: everything a client needs to render it without a fetch. */
export const MessagePayload = z.object({
  id: z.string(),
  conversationId: z.string(),
  seq: z.number().int(),
  senderId: z.string().nullable(),
  clientMessageId: z.string().nullable(),
  kind: z.enum(['text', 'image', 'voice', 'file', 'call', 'system']),
  body: z.string().nullable(),
  attachmentId: z.string().nullable(),
  durationSeconds: z.number().int().nullable(),
  linkKind: z.string().nullable(),
  linkId: z.string().nullable(),
  meta: z.record(z.string(), z.unknown()).nullable(),
  internal: z.boolean(),
  recalledAt: z.string().nullable(),
  createdAt: z.string(),
});
export type MessagePayload = z.infer<typeof MessagePayload>;

export const messagingEvents = {
  /** A message was stored; the audience is the conversation's (staff only for internal notes). */
  'message.sent': z.object({ storeId: z.string(), conversationKind: z.string(), message: MessagePayload }),
  'message.recalled': z.object({
    storeId: z.string(),
    conversationId: z.string(),
    messageId: z.string(),
    seq: z.number().int(),
    internal: z.boolean(),
    recalledBy: z.string(),
  }),
  /** A member's delivered / read position moved forward. */
  'conversation.receiptUpdated': z.object({
    storeId: z.string(),
    conversationId: z.string(),
    accountId: z.string(),
    deliveredSeq: z.number().int(),
    readSeq: z.number().int(),
  }),
  'conversation.created': z.object({
    storeId: z.string(),
    conversationId: z.string(),
    kind: z.string(),
    customerId: z.string().nullable(),
  }),
  'conversation.memberJoined': z.object({
    storeId: z.string(),
    conversationId: z.string(),
    accountId: z.string(),
    role: z.string(),
  }),
  'conversation.memberLeft': z.object({ storeId: z.string(), conversationId: z.string(), accountId: z.string() }),
  /** Inbox: a conversation got an assignee (automatically or by a transfer). */
  'conversation.assigned': z.object({
    storeId: z.string(),
    conversationId: z.string(),
    assigneeId: z.string().nullable(),
    previousAssigneeId: z.string().nullable(),
    byAccountId: z.string().nullable(),
  }),
};

/** Ephemeral (never stored) signal type published through runtime.publishEphemeral. */
export const TYPING = 'conversation.typing';
export interface TypingPayload {
  conversationId: string;
  accountId: string;
  displayName: string;
  typing: boolean;
}

type Payloads = { [K in keyof typeof messagingEvents]: z.infer<(typeof messagingEvents)[K]> };
declare module '@lacewire/core' {
  interface EventMap extends Payloads {}
}
