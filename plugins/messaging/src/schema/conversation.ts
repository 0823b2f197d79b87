import { type Builder, globalId } from '@lacewire/core';
import { getStore, StoreRef } from '@lacewire/plugin-stores';
import { z } from 'zod';
import { CONVERSATION_KINDS, MEMBER_ROLES } from '../entities.ts';
import { ConversationRef, MessageRef } from '../refs.ts';
import { canRead, conversationsByIds, seesInternal } from '../services/access.ts';
import { findMessage, history, searchMessages } from '../services/messages.ts';
import { unreadCounts } from '../services/receipts.ts';
import type { MemberRow } from '../services/rows.ts';
import { displayName, membersFor } from './loaders.ts';
import type { messageTypes } from './message.ts';

/** The Conversation node: its members, read positions, waiting time, history and search. */
export function conversationTypes(builder: Builder, { MessagePage }: Pick<ReturnType<typeof messageTypes>, 'MessagePage'>) {
  const ConversationKind = builder.enumType('ConversationKind', {
    description:
      'customer: a customer and a store; order: a thread about one work order; staffGroup: staff only; vip: a VIP customer and a senior technician.',
    values: CONVERSATION_KINDS,
  });
  const MemberRole = builder.enumType('ConversationMemberRole', { values: MEMBER_ROLES });

  const Member = builder.objectRef<MemberRow>('ConversationMember').implement({
    fields: (t) => ({
      accountId: t.field({ type: 'ID', resolve: (m) => globalId('Account', m.accountId) }),
      displayName: t.field({ type: 'String', resolve: (m, _a, ctx) => displayName(ctx, m.accountId) }),
      role: t.field({ type: MemberRole, resolve: (m) => m.role }),
      deliveredSeq: t.exposeInt('deliveredSeq', { description: 'Every message up to this sequence reached this member.' }),
      readSeq: t.exposeInt('readSeq', { description: 'This member has read every message up to this sequence.' }),
      joinedAt: t.field({ type: 'DateTime', resolve: (m) => m.joinedAt }),
    }),
  });

  builder.node(ConversationRef, {
    description:
      "A conversation. Members send and receive; a store's clerks and admins also see its customer and order conversations (inbox).",
    id: { resolve: (c) => c.id },
    loadMany: async (ids, ctx) => {
      const found = await conversationsByIds(ctx.em, ids);
      const members = await Promise.all(found.map((c) => membersFor(ctx, c.id)));
      const visible = new Map(
        found
          .filter((c, i) =>
            canRead(
              ctx.viewer,
              c,
              members[i].find((m) => m.accountId === ctx.viewer?.accountId),
            ),
          )
          .map((c) => [c.id, c]),
      );
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
      customerId: t.field({
        type: 'ID',
        nullable: true,
        description: 'The Customer of a customer, order or VIP conversation.',
        resolve: (c) => c.customerId && globalId('Customer', c.customerId),
      }),
      customerName: t.string({ nullable: true, resolve: (c, _a, ctx) => (c.customerId ? displayName(ctx, c.customerId) : null) }),
      workOrderId: t.field({
        type: 'ID',
        nullable: true,
        description: 'The WorkOrder of an order thread.',
        resolve: (c) => c.workOrderId && globalId('WorkOrder', c.workOrderId),
      }),
      technicianId: t.field({
        type: 'ID',
        nullable: true,
        description: "The senior technician's Account of a VIP channel.",
        resolve: (c) => c.technicianId && globalId('Account', c.technicianId),
      }),
      members: t.field({ type: [Member], resolve: (c, _a, ctx) => membersFor(ctx, c.id) }),
      isMember: t.boolean({
        resolve: async (c, _a, ctx) => (await membersFor(ctx, c.id)).some((m) => m.accountId === ctx.viewer?.accountId),
      }),
      assigneeId: t.field({
        type: 'ID',
        nullable: true,
        description: "The assigned staff member's Account.",
        resolve: (c) => c.assigneeId && globalId('Account', c.assigneeId),
      }),
      assigneeName: t.string({ nullable: true, resolve: (c, _a, ctx) => (c.assigneeId ? displayName(ctx, c.assigneeId) : null) }),
      lastSeq: t.int({
        description:
          'Sequence of the newest message the viewer can see (customers: internal notes leave gaps that are never shown).',
        resolve: async (c, _a, ctx) =>
          seesInternal(ctx.viewer) ? c.lastSeq : ((await history(ctx.em, c.id, false, { limit: 1 })).messages[0]?.seq ?? 0),
      }),
      lastMessageAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => c.lastMessageAt }),
      lastMessage: t.field({
        type: MessageRef,
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
          aroundMessageId: t.arg.globalID({ required: false, for: MessageRef }),
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
        type: [MessageRef],
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

  return { ConversationKind };
}
