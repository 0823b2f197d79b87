import type { Runtime, Viewer } from '@lacewire/core';
import { TYPING, type TypingPayload } from '../events.ts';
import { audienceOf } from './access.ts';
import type { ConversationRow, MemberRow } from './rows.ts';

/** Typing indicators are ephemeral: published to live subscribers only, never stored or replayed. */
export function publishTyping(
  runtime: Runtime,
  viewer: Viewer,
  conversation: ConversationRow,
  members: MemberRow[],
  typing: boolean,
) {
  const payload: TypingPayload = {
    conversationId: conversation.id,
    accountId: viewer.accountId,
    displayName: viewer.displayName,
    typing,
  };
  runtime.publishEphemeral({ type: TYPING, payload, audience: audienceOf(conversation, members) });
}
