import { objectRef } from '@lacewire/core';
import type { ConversationRow, MessageRow } from './services/rows.ts';

/** Schema types other plugins return or extend (`builder.objectField(ConversationRef, …)`). */
export const ConversationRef = objectRef<ConversationRow>('Conversation');
export const MessageRef = objectRef<MessageRow>('Message');
