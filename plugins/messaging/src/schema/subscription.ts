import { type Builder, globalId } from '@lacewire/core';
import { ConversationRef, MessageRef } from '../refs.ts';
import { readableConversation } from '../services/access.ts';
import { type MessageRow, messageFromPayload } from '../services/rows.ts';
import { type MessagingLoggedEvent, messagingStream, type StreamItem } from '../services/stream.ts';

type Shape =
  | { __type: 'MessageSentEvent'; cursor: string; message: MessageRow }
  | { __type: 'MessageRecalledEvent'; cursor: string; conversationId: string; messageId: string; seq: number }
  | {
      __type: 'ReceiptUpdatedEvent';
      cursor: string;
      conversationId: string;
      accountId: string;
      deliveredSeq: number;
      readSeq: number;
    }
  | { __type: 'ConversationChangedEvent'; cursor: string; change: string; conversationId: string; accountId: string | null }
  | { __type: 'TypingEvent'; conversationId: string; accountId: string; displayName: string; typing: boolean };

/** A conversation changed: `change` is the event name without its `conversation.` prefix. */
function changed(event: MessagingLoggedEvent, conversationId: string, accountId: string | null): Shape {
  const change = event.type.slice('conversation.'.length);
  return { __type: 'ConversationChangedEvent', cursor: event.id, change, conversationId, accountId };
}

function toShape(item: StreamItem): Shape {
  if (item.kind === 'typing') return { __type: 'TypingEvent', ...item.payload };
  const { event } = item;
  switch (event.type) {
    case 'message.sent':
      return { __type: 'MessageSentEvent', cursor: event.id, message: messageFromPayload(event.payload.message) };
    case 'message.recalled': {
      const { conversationId, messageId, seq } = event.payload;
      return { __type: 'MessageRecalledEvent', cursor: event.id, conversationId, messageId, seq };
    }
    case 'conversation.receiptUpdated': {
      const { conversationId, accountId, deliveredSeq, readSeq } = event.payload;
      return { __type: 'ReceiptUpdatedEvent', cursor: event.id, conversationId, accountId, deliveredSeq, readSeq };
    }
    case 'conversation.created':
      return changed(event, event.payload.conversationId, event.payload.customerId);
    case 'conversation.memberJoined':
    case 'conversation.memberLeft':
      return changed(event, event.payload.conversationId, event.payload.accountId);
    case 'conversation.assigned':
      return changed(event, event.payload.conversationId, event.payload.assigneeId);
  }
}

export function messagingSubscription(builder: Builder) {
  const conversationGlobalId = (t: any) =>
    t.field({
      type: 'ID',
      description: 'Global id of the conversation.',
      resolve: (e: { conversationId: string }) => globalId('Conversation', e.conversationId),
    });

  const accountGlobalId = (t: any) =>
    t.field({ type: 'ID', resolve: (e: { accountId: string }) => globalId('Account', e.accountId) });

  const MessageSent = builder.objectRef<Extract<Shape, { __type: 'MessageSentEvent' }>>('MessageSentEvent').implement({
    description: 'A new message (internal notes reach staff only).',
    fields: (t) => ({ cursor: t.exposeString('cursor'), message: t.field({ type: MessageRef, resolve: (e) => e.message }) }),
  });
  const MessageRecalled = builder
    .objectRef<Extract<Shape, { __type: 'MessageRecalledEvent' }>>('MessageRecalledEvent')
    .implement({
      description: 'The sender recalled a message: drop its content.',
      fields: (t) => ({
        cursor: t.exposeString('cursor'),
        conversationId: conversationGlobalId(t),
        messageId: t.field({ type: 'ID', resolve: (e) => globalId('Message', e.messageId) }),
        seq: t.exposeInt('seq'),
      }),
    });
  const ReceiptUpdated = builder.objectRef<Extract<Shape, { __type: 'ReceiptUpdatedEvent' }>>('ReceiptUpdatedEvent').implement({
    description: "A member's delivered / read position moved (show ticks).",
    fields: (t) => ({
      cursor: t.exposeString('cursor'),
      conversationId: conversationGlobalId(t),
      accountId: accountGlobalId(t),
      deliveredSeq: t.exposeInt('deliveredSeq'),
      readSeq: t.exposeInt('readSeq'),
    }),
  });
  const ConversationChanged = builder
    .objectRef<Extract<Shape, { __type: 'ConversationChangedEvent' }>>('ConversationChangedEvent')
    .implement({
      description: 'A conversation was created, someone joined or left, or it was (re)assigned: refetch it.',
      fields: (t) => ({
        cursor: t.exposeString('cursor'),
        change: t.exposeString('change', { description: 'created | memberJoined | memberLeft | assigned' }),
        conversationId: conversationGlobalId(t),
        conversation: t.field({
          type: ConversationRef,
          nullable: true,
          resolve: async (e, _a, ctx) => {
            try {
              return (await readableConversation(ctx.em, ctx.viewer, e.conversationId)).conversation;
            } catch {
              return null;
            }
          },
        }),
        memberId: t.field({
          type: 'ID',
          nullable: true,
          description: 'The Account of the member who joined or left, the new assignee, or the customer of a new conversation.',
          resolve: (e) => e.accountId && globalId('Account', e.accountId),
        }),
      }),
    });
  const Typing = builder.objectRef<Extract<Shape, { __type: 'TypingEvent' }>>('TypingEvent').implement({
    description: 'Someone started or stopped typing. Live only: it has no cursor and is never replayed.',
    fields: (t) => ({
      conversationId: conversationGlobalId(t),
      accountId: accountGlobalId(t),
      displayName: t.exposeString('displayName'),
      typing: t.exposeBoolean('typing'),
    }),
  });

  const MessagingEvent = builder.unionType('MessagingEvent', {
    types: [MessageSent, MessageRecalled, ReceiptUpdated, ConversationChanged, Typing],
    resolveType: (value) => (value as Shape).__type,
  });

  builder.subscriptionField('messagingEvents', (t) =>
    t.field({
      type: MessagingEvent,
      description:
        "Everything in the viewer's conversations on one stream: messages, recalls, receipts, membership and typing. Pass `after:` the last cursor to replay what was missed (typing is never replayed). With `conversationId`, only that conversation (the viewer must be allowed to read it).",
      authScopes: { signedIn: true },
      args: {
        after: t.arg.string({ required: false }),
        conversationId: t.arg.globalID({ required: false, for: ConversationRef }),
      },
      subscribe: async (_r, args, ctx) => {
        const only = args.conversationId?.id ?? null;
        // Refused before anything streams: a non-member cannot listen to someone else's conversation.
        if (only) await readableConversation(ctx.em, ctx.viewer, only);
        return messagingStream(ctx.runtime, ctx.viewer, { after: args.after ?? null, conversationId: only });
      },
      resolve: (item: StreamItem) => toShape(item),
    }),
  );
}
