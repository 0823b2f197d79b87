import { definePlugin } from '@lacewire/core';
import { CannedReply, Conversation, ConversationMember, InboxState, Message } from './entities.ts';
import { messagingEvents } from './events.ts';
import { messagingMessages } from './messages.ts';
import { migrations } from './migrations.ts';
import { messagingSchema } from './schema/index.ts';
import { seedMessaging } from './seed.ts';
import { messagingState } from './state.ts';

export { MESSAGE_SENDS, type MessagingConfig } from './config.ts';
export type { ConversationKind, LinkKind, MessageKind } from './entities.ts';
export { NotMemberError, RecallTooLateError, TooLargeError, TypeNotAllowedError } from './errors.ts';
export { ConversationRef, MessageRef } from './refs.ts';
export { findConversation, membersOfConversation } from './services/access.ts';
export { isOpen } from './services/auto-reply.ts';
export { openCustomerConversation, openOrderConversation } from './services/conversations.ts';
export { postSystemMessage } from './services/messages.ts';
export { moveReceipt } from './services/receipts.ts';
export type { ConversationRow, MemberRow, MessageRow } from './services/rows.ts';
export { appendMessage } from './services/write.ts';

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
 *
 * Settings (`createPlatform({ settings: { messaging: { … } } })`, all optional): text and voice
 * limits, the recall window, the send rate limit, auto-reply spacing, attachment sizes.
 */
export const messagingPlugin = definePlugin({
  name: 'messaging',
  requires: ['identity', 'stores', 'files'],
  state: messagingState,
  entities: [Conversation, ConversationMember, Message, CannedReply, InboxState],
  migrations,
  events: messagingEvents,
  messages: messagingMessages,
  schema: messagingSchema,
  seed: seedMessaging,
});
