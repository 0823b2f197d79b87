import { type Builder, globalId, isMessageRef } from '@lacewire/core';
import { AttachmentRef, visibleAttachments } from '@lacewire/plugin-files';
import { LINK_KINDS, LINK_TYPES, type LinkKind as LinkKindValue, MESSAGE_KINDS } from '../entities.ts';
import { ConversationRef, MessageRef } from '../refs.ts';
import { readableConversation } from '../services/access.ts';
import { messagesByIds } from '../services/messages.ts';
import type { MessageRow } from '../services/rows.ts';
import { displayName } from './loaders.ts';

/** The Message node, what a system message links to, and a page of history. */
export function messageTypes(builder: Builder) {
  const MessageKind = builder.enumType('MessageKind', { values: MESSAGE_KINDS });
  const LinkKind = builder.enumType('MessageLinkKind', { values: LINK_KINDS });

  const Link = builder.objectRef<{ kind: LinkKindValue; id: string }>('MessageLink').implement({
    description: 'What a system message is about: open the order, appointment or complaint with this id.',
    fields: (t) => ({
      kind: t.field({ type: LinkKind, resolve: (l) => l.kind }),
      id: t.field({
        type: 'ID',
        description: "The linked object's global id (a WorkOrder's, an Appointment's or a Complaint's).",
        resolve: (l) => globalId(LINK_TYPES[l.kind], l.id),
      }),
    }),
  });

  builder.node(MessageRef, {
    description: 'One message. `seq` orders a conversation; a recalled message keeps its place but loses its content.',
    id: { resolve: (m) => m.id },
    loadMany: (ids, ctx) => messagesByIds(ctx.em, ctx.viewer, ids),
    fields: (t) => ({
      conversationId: t.field({
        type: 'ID',
        description: 'Global id of the conversation.',
        resolve: (m) => globalId('Conversation', m.conversationId),
      }),
      conversation: t.field({
        type: ConversationRef,
        resolve: async (m, _a, ctx) => (await readableConversation(ctx.em, ctx.viewer, m.conversationId)).conversation,
      }),
      seq: t.exposeInt('seq'),
      kind: t.field({ type: MessageKind, resolve: (m) => m.kind }),
      senderId: t.field({
        type: 'ID',
        nullable: true,
        description: "The sender's Account; null for system messages.",
        resolve: (m) => m.senderId && globalId('Account', m.senderId),
      }),
      senderName: t.field({
        type: 'String',
        nullable: true,
        resolve: (m, _a, ctx) => (m.senderId ? displayName(ctx, m.senderId) : null),
      }),
      fromMe: t.boolean({ resolve: (m, _a, ctx) => !!ctx.viewer && m.senderId === ctx.viewer.accountId }),
      clientMessageId: t.exposeString('clientMessageId', { nullable: true }),
      body: t.string({
        nullable: true,
        description: "System messages (auto-replies, call records) in the viewer's language.",
        resolve: (m, _a, ctx) => {
          if (m.recalledAt) return null;
          const text = m.meta?.text;
          return isMessageRef(text) ? ctx.runtime.messages.text(text, ctx.viewer?.locale) : m.body;
        },
      }),
      attachmentId: t.field({
        type: 'ID',
        nullable: true,
        description: 'The attachment (files plugin) of an image, voice or file message.',
        resolve: (m) => (m.recalledAt || !m.attachmentId ? null : globalId('Attachment', m.attachmentId)),
      }),
      attachment: t.field({
        type: AttachmentRef,
        nullable: true,
        description: 'The image, voice or file (with its signed download url).',
        resolve: async (m, _a, ctx) => {
          if (!m.attachmentId || m.recalledAt) return null;
          const [attachment] = await visibleAttachments(ctx, [m.attachmentId]);
          return attachment ?? null;
        },
      }),
      durationSeconds: t.exposeInt('durationSeconds', { nullable: true }),
      link: t.field({
        type: Link,
        nullable: true,
        resolve: (m) => (m.linkKind && m.linkId && !m.recalledAt ? { kind: m.linkKind, id: m.linkId } : null),
      }),
      meta: t.field({ type: 'JSON', nullable: true, resolve: (m) => (m.recalledAt ? null : m.meta) }),
      internal: t.exposeBoolean('internal', { description: 'An internal note: only staff ever see it.' }),
      recalled: t.boolean({ resolve: (m) => !!m.recalledAt }),
      recalledAt: t.field({ type: 'DateTime', nullable: true, resolve: (m) => m.recalledAt }),
      createdAt: t.field({ type: 'DateTime', resolve: (m) => m.createdAt }),
    }),
  });

  const MessagePage = builder
    .objectRef<{ messages: MessageRow[]; hasOlder: boolean; hasNewer: boolean }>('MessagePage')
    .implement({
      description:
        'A page of history in ascending sequence. Page older with `beforeSeq: messages[0].seq`, newer with `afterSeq: last.seq`.',
      fields: (t) => ({
        messages: t.field({ type: [MessageRef], resolve: (p) => p.messages }),
        hasOlder: t.exposeBoolean('hasOlder'),
        hasNewer: t.exposeBoolean('hasNewer'),
      }),
    });

  return { MessageKind, LinkKind, MessagePage };
}
