import { type Builder, type Context, defineErrorType, globalId, isMessageRef } from '@lacewire/core';
import { AttachmentRef, visibleAttachments } from '@lacewire/plugin-files';
import { getStore, StoreRef } from '@lacewire/plugin-stores';
import { z } from 'zod';
import { CONVERSATION_KINDS, type ICannedReply, LINK_KINDS, MEMBER_ROLES, MESSAGE_KINDS } from '../entities.ts';
import { NotMemberError, RecallTooLateError, TooLargeError, TypeNotAllowedError } from '../errors.ts';
import { ConversationRef, MessageRef } from '../refs.ts';
import { canRead, conversationsByIds, membersOfConversation, readableConversation, seesInternal } from '../services/access.ts';
import { findMessage, history, messagesByIds, searchMessages } from '../services/messages.ts';
import { unreadCounts } from '../services/receipts.ts';
import type { MemberRow, MessageRow } from '../services/rows.ts';
import { displayName } from './names.ts';

/** Per request: members of a conversation, loaded once. */
const memberCache = new WeakMap<object, Map<string, Promise<MemberRow[]>>>();
export function membersFor(ctx: Context, conversationId: string): Promise<MemberRow[]> {
  let cache = memberCache.get(ctx);
  if (!cache) memberCache.set(ctx, (cache = new Map()));
  let members = cache.get(conversationId);
  if (!members) cache.set(conversationId, (members = membersOfConversation(ctx.em, conversationId)));
  return members;
}

export function messagingTypes(builder: Builder) {
  const ConversationKind = builder.enumType('ConversationKind', {
    description:
      'customer: a customer and a store; order: a thread about one work order; staffGroup: staff only; vip: a VIP customer and a senior technician.',
    values: CONVERSATION_KINDS,
  });
  const MemberRole = builder.enumType('ConversationMemberRole', { values: MEMBER_ROLES });
  const MessageKind = builder.enumType('MessageKind', { values: MESSAGE_KINDS });
  const LinkKind = builder.enumType('MessageLinkKind', { values: LINK_KINDS });

  defineErrorType(builder, NotMemberError, {
    name: 'NotMember',
    description: 'The viewer is not a member of the conversation (join it first, or it is not theirs).',
    fields: (t) => ({
      conversationId: t.field({ type: 'ID', resolve: (e: NotMemberError) => globalId('Conversation', e.conversationId) }),
    }),
  });
  defineErrorType(builder, TooLargeError, {
    name: 'TooLarge',
    description: 'The message or attachment is over the limit (characters, seconds or bytes).',
    fields: (t) => ({ limit: t.exposeInt('limit') }),
  });
  defineErrorType(builder, TypeNotAllowedError, {
    name: 'TypeNotAllowed',
    description: 'This kind of message may not be sent here by the viewer.',
    fields: (t) => ({ kind: t.exposeString('kind') }),
  });
  defineErrorType(builder, RecallTooLateError, {
    name: 'RecallTooLate',
    description: 'The recall window (2 minutes after sending) has passed.',
    fields: (t) => ({ windowSeconds: t.exposeInt('windowSeconds') }),
  });

  const Link = builder.objectRef<{ kind: string; id: string }>('MessageLink').implement({
    description: 'What a system message is about: open the order, appointment or complaint with this id.',
    fields: (t) => ({
      kind: t.field({ type: LinkKind, resolve: (l) => l.kind as any }),
      id: t.exposeID('id', { description: "The linked object's uuid (e.g. the work order id)." }),
    }),
  });

  const Member = builder.objectRef<MemberRow>('ConversationMember').implement({
    fields: (t) => ({
      accountId: t.exposeID('accountId'),
      displayName: t.field({ type: 'String', resolve: (m, _a, ctx) => displayName(ctx, m.accountId) }),
      role: t.field({ type: MemberRole, resolve: (m) => m.role }),
      deliveredSeq: t.exposeInt('deliveredSeq', { description: 'Every message up to this sequence reached this member.' }),
      readSeq: t.exposeInt('readSeq', { description: 'This member has read every message up to this sequence.' }),
      joinedAt: t.field({ type: 'DateTime', resolve: (m) => m.joinedAt }),
    }),
  });

  const Message = builder.node(MessageRef, {
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
      senderId: t.exposeID('senderId', { nullable: true, description: 'Account id of the sender; null for system messages.' }),
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
        resolve: (m) => (m.recalledAt ? null : m.attachmentId),
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
        messages: t.field({ type: [Message], resolve: (p) => p.messages }),
        hasOlder: t.exposeBoolean('hasOlder'),
        hasNewer: t.exposeBoolean('hasNewer'),
      }),
    });

  const Conversation = builder.node(ConversationRef, {
    description:
      "A conversation. Members send and receive; a store's clerks and admins also see its customer and order conversations (inbox).",
    id: { resolve: (c) => c.id },
    loadMany: async (ids, ctx) => {
      const found = await conversationsByIds(ctx.em, ids);
      const visible = new Map<string, (typeof found)[number]>();
      for (const c of found) {
        const members = await membersFor(ctx, c.id);
        if (
          canRead(
            ctx.viewer,
            c,
            members.find((m) => m.accountId === ctx.viewer?.accountId),
          )
        )
          visible.set(c.id, c);
      }
      return ids.map((id) => visible.get(id) ?? null);
    },
    fields: (t) => ({
      kind: t.field({ type: ConversationKind, resolve: (c) => c.kind }),
      store: t.field({ type: StoreRef, resolve: (c, _a, ctx) => getStore(ctx.em, c.storeId) }),
      title: t.string({
        nullable: true,
        description: 'Group title; for other kinds the name of the other side as the viewer sees it.',
        resolve: async (c, _a, ctx) => {
          if (c.title) return c.title;
          if (c.kind === 'vip' && ctx.viewer?.customerId && c.technicianId)
            return `VIP · ${await displayName(ctx, c.technicianId)}`;
          if (ctx.viewer?.customerId) return (await getStore(ctx.em, c.storeId)).name;
          return c.customerId ? displayName(ctx, c.customerId) : null;
        },
      }),
      customerId: t.exposeID('customerId', { nullable: true }),
      customerName: t.string({ nullable: true, resolve: (c, _a, ctx) => (c.customerId ? displayName(ctx, c.customerId) : null) }),
      workOrderId: t.exposeID('workOrderId', { nullable: true, description: 'The work order of an order thread.' }),
      technicianId: t.exposeID('technicianId', { nullable: true, description: 'The senior technician of a VIP channel.' }),
      members: t.field({ type: [Member], resolve: (c, _a, ctx) => membersFor(ctx, c.id) }),
      isMember: t.boolean({
        resolve: async (c, _a, ctx) => (await membersFor(ctx, c.id)).some((m) => m.accountId === ctx.viewer?.accountId),
      }),
      assigneeId: t.exposeID('assigneeId', { nullable: true }),
      assigneeName: t.string({ nullable: true, resolve: (c, _a, ctx) => (c.assigneeId ? displayName(ctx, c.assigneeId) : null) }),
      lastSeq: t.int({
        description:
          'Sequence of the newest message the viewer can see (customers: internal notes leave gaps that are never shown).',
        resolve: async (c, _a, ctx) =>
          seesInternal(ctx.viewer) ? c.lastSeq : ((await history(ctx.em, c.id, false, { limit: 1 })).messages[0]?.seq ?? 0),
      }),
      lastMessageAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => c.lastMessageAt }),
      lastMessage: t.field({
        type: Message,
        nullable: true,
        resolve: async (c, _a, ctx) => (await history(ctx.em, c.id, seesInternal(ctx.viewer), { limit: 1 })).messages[0] ?? null,
      }),
      unreadCount: t.int({
        description: "Messages from others after the viewer's read position (0 when the viewer is not a member).",
        resolve: async (c, _a, ctx) => (ctx.viewer ? ((await unreadCounts(ctx.em, ctx.viewer, [c.id])).get(c.id) ?? 0) : 0),
      }),
      myReadSeq: t.int({
        nullable: true,
        resolve: async (c, _a, ctx) =>
          (await membersFor(ctx, c.id)).find((m) => m.accountId === ctx.viewer?.accountId)?.readSeq ?? null,
      }),
      myDeliveredSeq: t.int({
        nullable: true,
        resolve: async (c, _a, ctx) =>
          (await membersFor(ctx, c.id)).find((m) => m.accountId === ctx.viewer?.accountId)?.deliveredSeq ?? null,
      }),
      waitingSince: t.field({
        type: 'DateTime',
        nullable: true,
        description: 'Inbox: since when the customer waits for a staff answer (null when answered).',
        resolve: (c) => c.waitingSince,
      }),
      waitingSeconds: t.int({
        nullable: true,
        resolve: (c) =>
          c.waitingSince ? Math.max(0, Math.round((Date.now() - new Date(c.waitingSince).getTime()) / 1000)) : null,
      }),
      messages: t.field({
        type: MessagePage,
        description:
          'History by sequence: the newest page, or older than `beforeSeq`, newer than `afterSeq`, or around `aroundSeq` / `aroundMessageId` (jump to a message).',
        args: {
          beforeSeq: t.arg.int({ required: false }),
          afterSeq: t.arg.int({ required: false }),
          aroundSeq: t.arg.int({ required: false }),
          aroundMessageId: t.arg.globalID({ required: false, for: Message }),
          limit: t.arg.int({ required: false, defaultValue: 50, validate: z.number().int().min(1).max(200) }),
        },
        resolve: async (c, args, ctx) => {
          let aroundSeq = args.aroundSeq ?? null;
          if (args.aroundMessageId) {
            const message = await findMessage(ctx.em, args.aroundMessageId.id);
            aroundSeq = message && message.conversationId === c.id ? message.seq : null;
          }
          return history(ctx.em, c.id, seesInternal(ctx.viewer), {
            beforeSeq: args.beforeSeq,
            afterSeq: args.afterSeq,
            aroundSeq,
            limit: args.limit ?? 50,
          });
        },
      }),
      searchMessages: t.field({
        type: [Message],
        description:
          'Messages containing the text (Chinese works; case-insensitive), newest first. Open one with `messages(aroundMessageId:)`.',
        args: {
          text: t.arg.string({ required: true, validate: z.string().trim().min(1).max(100) }),
          limit: t.arg.int({ required: false, defaultValue: 20, validate: z.number().int().min(1).max(100) }),
        },
        resolve: (c, args, ctx) => searchMessages(ctx.em, c.id, seesInternal(ctx.viewer), args.text.trim(), args.limit ?? 20),
      }),
    }),
  });

  const CannedReply = builder.objectRef<ICannedReply>('CannedReply').implement({
    description: 'A prepared answer of a store, picked from the chat box.',
    fields: (t) => ({
      id: t.exposeID('id'),
      title: t.exposeString('title'),
      body: t.exposeString('body'),
      createdAt: t.field({ type: 'DateTime', resolve: (r) => r.createdAt }),
    }),
  });

  return { Conversation, Message, MessageKind, ConversationKind, LinkKind, CannedReply, Member };
}
