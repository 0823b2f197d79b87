import { definePlugin } from '@lacewire/core';
import { DEFAULT_MESSAGING_CONFIG, type MessagingConfig } from './config.ts';
import { CannedReply, Conversation, ConversationMember, InboxState, Message } from './entities.ts';
import { messagingEvents } from './events.ts';
import { messagingMessages } from './messages.ts';
import { migrations } from './migrations.ts';
import { messagingSchema } from './schema/index.ts';
import { seedMessaging } from './seed.ts';

export type { MessagingConfig } from './config.ts';
export { DEFAULT_MESSAGING_CONFIG, MESSAGE_SENDS } from './config.ts';
export type { ConversationKind, LinkKind, MessageKind } from './entities.ts';
export { NotMemberError, RecallTooLateError, TooLargeError, TypeNotAllowedError } from './errors.ts';
export { type MessagePayload, TYPING, type TypingPayload } from './events.ts';
export { ConversationRef, MessageRef } from './refs.ts';
export { audienceOf, canRead, findConversation, membersOfConversation, readableConversation } from './services/access.ts';
export {
  addMember,
  createStaffGroup,
  openCustomerConversation,
  openOrderConversation,
  openVipChannel,
  type ShiftLookup,
  useShiftLookup,
} from './services/conversations.ts';
export { appendMessage, isOpen, postSystemMessage } from './services/messages.ts';
export { moveReceipt, unreadCounts, unreadTotal } from './services/receipts.ts';
export type { ConversationRow, MemberRow, MessageRow } from './services/rows.ts';

/**
 * Messaging: customer ↔ store conversations, order threads, staff groups and VIP channels;
 * idempotent sends with a server-assigned per-conversation sequence, receipts and unread counts,
 * recall, internal notes, typing, history and search, and the staff inbox (round-robin
 * assignment, transfer, waiting time, business-hours auto-reply). One subscription carries it all.
 *
 *   mutation {
 *     sendMessage(input: { conversationId: "Q29udmVyc2F0aW9uOj…", clientMessageId: "8c1f…", kind: text, body: "鞋子什么时候可以取？" }) {
 *       __typename
 *       ... on SentMessage { created sentMessage { seq body createdAt } }
 *       ... on Error { message }
 *     }
 *   }
 *   subscription { messagingEvents(after: "1042") { __typename ... on MessageSentEvent { cursor message { seq body } } } }
 */
export function createMessagingPlugin(options: Partial<MessagingConfig> = {}) {
  const config: MessagingConfig = { ...DEFAULT_MESSAGING_CONFIG, ...options };
  return definePlugin({
    name: 'messaging',
    requires: ['identity', 'stores', 'files'],
    entities: [Conversation, ConversationMember, Message, CannedReply, InboxState],
    migrations,
    events: messagingEvents,
    messages: messagingMessages,
    schema: (builder) => messagingSchema(builder, config),
    seed: seedMessaging,
  });
}

export const messagingPlugin = createMessagingPlugin();
