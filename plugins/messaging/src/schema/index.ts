import type { Builder } from '@lacewire/core';
import { cannedReplySchema } from './canned-replies.ts';
import { conversationTypes } from './conversation.ts';
import { conversationQueries } from './conversation-queries.ts';
import { messagingErrorTypes } from './errors.ts';
import { membershipMutations } from './membership.ts';
import { messageTypes } from './message.ts';
import { messageMutations } from './message-mutations.ts';
import { openConversationMutations } from './open-conversations.ts';
import { receiptMutations } from './receipts.ts';
import { messagingSubscription } from './subscription.ts';

export function messagingSchema(builder: Builder) {
  messagingErrorTypes(builder);
  const messages = messageTypes(builder);
  const conversations = conversationTypes(builder, messages);
  conversationQueries(builder, conversations);
  openConversationMutations(builder);
  membershipMutations(builder);
  messageMutations(builder, messages);
  receiptMutations(builder);
  cannedReplySchema(builder);
  messagingSubscription(builder);
}
