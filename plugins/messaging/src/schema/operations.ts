import {
  type Builder,
  canSeeNode,
  DoneRef,
  hasStoreRole,
  InvalidInputError,
  idempotencyKeyInput,
  inRequestClass,
  NotAllowedError,
  NotFoundError,
  RateLimitedError,
  replayable,
  replayableEntity,
  type Viewer,
} from '@lacewire/core';
import { AttachmentRef } from '@lacewire/plugin-files';
import { StoreRef } from '@lacewire/plugin-stores';
import { z } from 'zod';
import { MESSAGE_SENDS, type MessagingConfig } from '../config.ts';
import { CannedReply as CannedReplyEntity, type ConversationKind, LINK_TYPES } from '../entities.ts';
import { NotMemberError, RecallTooLateError, TooLargeError, TypeNotAllowedError } from '../errors.ts';
import { findConversation, INBOX_ROLES, memberConversation } from '../services/access.ts';
import { cannedReplies, deleteCannedReply, findCannedReply, saveCannedReply } from '../services/canned.ts';
import {
  addGroupMember,
  createStaffGroup,
  joinConversation,
  leaveConversation,
  listConversations,
  openCustomerConversation,
  openOrderConversation,
  openVipChannel,
  transferConversation,
} from '../services/conversations.ts';
import { recallMessage, sendMessageFast } from '../services/messages.ts';
import { moveReceipt, unreadTotal } from '../services/receipts.ts';
import type { ConversationRow } from '../services/rows.ts';
import { publishTyping } from '../services/typing.ts';
import type { messagingTypes } from './types.ts';

type Types = ReturnType<typeof messagingTypes>;

function signedIn(viewer: Viewer | null): Viewer {
  if (!viewer) throw new NotAllowedError('Sign in first.');
  return viewer;
}

function encodeCursor(c: ConversationRow) {
  return Buffer.from(`${new Date(c.lastMessageAt ?? c.createdAt).toISOString()}|${c.id}`).toString('base64');
}
function decodeCursor(cursor: string | null | undefined) {
  if (!cursor) return null;
  const [at, id] = Buffer.from(cursor, 'base64').toString().split('|');
  const date = new Date(at);
  if (!id || Number.isNaN(date.getTime())) throw new InvalidInputError('Unknown cursor.', 'after');
  return { at: date, id };
}

const createdGroup = replayable<ConversationRow>('Conversation', (tx, id) => findConversation(tx.em, id));
const savedReply = replayableEntity('CannedReply', CannedReplyEntity);

export function messagingOperations(builder: Builder, config: MessagingConfig, types: Types) {
  const { Conversation, Message, MessageKind, ConversationKind, LinkKind, CannedReply } = types;
  const messagingErrors = { types: [NotMemberError, NotAllowedError, InvalidInputError] };

  // ---------- queries ----------

  builder.queryField('conversations', (t) =>
    t.connection({
      type: Conversation,
      description:
        "The viewer's conversations, newest activity first: those they are a member of, plus, for clerks and store admins, their stores' customer and order conversations (the inbox).",
      authScopes: { signedIn: true },
      args: {
        storeId: t.arg.globalID({ required: false, for: StoreRef }),
        kind: t.arg({ type: ConversationKind, required: false }),
        assignedToMe: t.arg.boolean({ required: false }),
        unassigned: t.arg.boolean({ required: false }),
        waiting: t.arg.boolean({ required: false, description: 'Only conversations waiting for a staff answer.' }),
        customerId: t.arg.id({
          required: false,
          description: "Only this customer's conversations (their account id).",
          validate: z.string().uuid('Not a customer id.'),
        }),
      },
      resolve: async (_r, args, ctx) => {
        const first = Math.min(args.first ?? 30, 100);
        const after = decodeCursor(args.after);
        const found = await listConversations(ctx.em, signedIn(ctx.viewer), {
          storeId: args.storeId?.id ?? null,
          kind: (args.kind as ConversationKind | null) ?? null,
          assignedToMe: args.assignedToMe,
          unassigned: args.unassigned,
          waiting: args.waiting,
          customerId: args.customerId ? String(args.customerId) : null,
          after,
          limit: first + 1,
        });
        const page = found.slice(0, first);
        return {
          edges: page.map((node) => ({ cursor: encodeCursor(node), node })),
          pageInfo: {
            hasNextPage: found.length > first,
            hasPreviousPage: !!after,
            startCursor: page[0] ? encodeCursor(page[0]) : null,
            endCursor: page.length ? encodeCursor(page[page.length - 1]) : null,
          },
        };
      },
    }),
  );

  builder.queryField('unreadMessageCount', (t) =>
    t.int({
      description: "Unread messages over all the viewer's conversations (per conversation: Conversation.unreadCount).",
      authScopes: { signedIn: true },
      resolve: (_r, _a, ctx) => unreadTotal(ctx.em, signedIn(ctx.viewer)),
    }),
  );

  builder.queryField('cannedReplies', (t) =>
    t.field({
      type: [CannedReply],
      description: "The store's prepared answers (its staff).",
      args: { storeId: t.arg.globalID({ required: true, for: StoreRef }) },
      authScopes: (_r, args) => ({ storeStaff: args.storeId.id }),
      resolve: (_r, args, ctx) => cannedReplies(ctx.em, args.storeId.id),
    }),
  );

  // ---------- conversations ----------

  builder.mutationField('openConversation', (t) =>
    t.field({
      type: Conversation,
      description:
        'The conversation between a customer and a store, created on first use and assigned to a clerk (round-robin). Customers open their own; store staff pass `customerId`.',
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('OpenConversationInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: StoreRef }),
              customerId: f.id({ required: false, description: 'Account id of the customer (staff only).' }),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const viewer = signedIn(ctx.viewer);
        const storeId = input.storeId.id;
        let customerId = viewer.customerId;
        if (input.customerId != null) {
          if (!hasStoreRole(viewer, storeId))
            throw new NotAllowedError("Only the store's staff open a conversation for a customer.");
          customerId = String(input.customerId);
        }
        if (!customerId) throw new InvalidInputError('Name the customer.', 'customerId');
        const id = customerId;
        return ctx.tx(async (tx) => (await openCustomerConversation(tx, storeId, id)).conversation);
      },
    }),
  );

  builder.mutationField('openOrderConversation', (t) =>
    t.field({
      type: Conversation,
      description: 'The thread about one work order (one per order), with its customer; staff of the store.',
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('OpenOrderConversationInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: StoreRef }),
              workOrderId: f.id({ required: true, validate: z.uuid() }),
              customerId: f.id({ required: true, validate: z.uuid() }),
              title: f.string({ required: false, validate: z.string().trim().max(100) }),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const storeId = input.storeId.id;
        if (!hasStoreRole(ctx.viewer, storeId)) throw new NotAllowedError();
        return ctx.tx(
          async (tx) =>
            (
              await openOrderConversation(tx, {
                storeId,
                workOrderId: String(input.workOrderId),
                customerId: String(input.customerId),
                title: input.title,
              })
            ).conversation,
        );
      },
    }),
  );

  builder.mutationField('openVipChannel', (t) =>
    t.field({
      type: Conversation,
      description: "A VIP customer's direct channel with a named senior technician (store admins).",
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('OpenVipChannelInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: StoreRef }),
              customerId: f.id({ required: true, validate: z.uuid() }),
              technicianId: f.id({ required: true, validate: z.uuid() }),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const storeId = input.storeId.id;
        if (!hasStoreRole(ctx.viewer, storeId, ['storeAdmin'])) throw new NotAllowedError('Store admins open VIP channels.');
        return ctx.tx(
          async (tx) =>
            (
              await openVipChannel(tx, {
                storeId,
                customerId: String(input.customerId),
                technicianId: String(input.technicianId),
              })
            ).conversation,
        );
      },
    }),
  );

  builder.mutationField('createStaffGroup', (t) =>
    t.field({
      type: Conversation,
      description: "A group chat of the store's staff; the creator moderates it.",
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('CreateStaffGroupInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: StoreRef }),
              title: f.string({ required: true, validate: z.string().trim().min(1).max(60) }),
              memberIds: f.idList({ required: true, description: 'Account ids of staff of the store.' }),
              ...idempotencyKeyInput(f),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const viewer = signedIn(ctx.viewer);
        const storeId = input.storeId.id;
        if (!hasStoreRole(viewer, storeId)) throw new NotAllowedError();
        return ctx.tx((tx) =>
          tx.once({ operation: 'createStaffGroup', key: input.idempotencyKey, result: createdGroup }, () =>
            createStaffGroup(tx, {
              storeId,
              title: input.title.trim(),
              creatorId: viewer.accountId,
              memberIds: input.memberIds.map(String),
            }),
          ),
        );
      },
    }),
  );

  const ConversationInput = builder.inputType('ConversationInput', {
    fields: (f) => ({ conversationId: f.globalID({ required: true, for: Conversation }) }),
  });

  builder.mutationField('joinConversation', (t) =>
    t.field({
      type: Conversation,
      description: 'Store staff join a customer or order conversation to answer in it.',
      errors: messagingErrors,
      args: { input: t.arg({ required: true, type: ConversationInput }) },
      resolve: (_r, { input }, ctx) => ctx.tx((tx) => joinConversation(tx, signedIn(ctx.viewer), input.conversationId.id)),
    }),
  );

  builder.mutationField('leaveConversation', (t) =>
    t.field({
      type: DoneRef,
      description: 'Staff leave a conversation (an assignee leaving leaves it unassigned).',
      errors: messagingErrors,
      args: { input: t.arg({ required: true, type: ConversationInput }) },
      resolve: (_r, { input }, ctx) =>
        ctx.tx(async (tx) => {
          await leaveConversation(tx, signedIn(ctx.viewer), input.conversationId.id);
          return { ok: true };
        }),
    }),
  );

  builder.mutationField('addGroupMember', (t) =>
    t.field({
      type: Conversation,
      errors: messagingErrors,
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('AddGroupMemberInput', {
            fields: (f) => ({
              conversationId: f.globalID({ required: true, for: Conversation }),
              accountId: f.id({ required: true, validate: z.uuid() }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) =>
        ctx.tx((tx) => addGroupMember(tx, signedIn(ctx.viewer), input.conversationId.id, String(input.accountId))),
    }),
  );

  builder.mutationField('transferConversation', (t) =>
    t.field({
      type: Conversation,
      description: 'Inbox: hand a conversation to another staff member of the store.',
      errors: messagingErrors,
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('TransferConversationInput', {
            fields: (f) => ({
              conversationId: f.globalID({ required: true, for: Conversation }),
              toAccountId: f.id({ required: true, validate: z.uuid() }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) =>
        ctx.tx((tx) => transferConversation(tx, signedIn(ctx.viewer), input.conversationId.id, String(input.toAccountId))),
    }),
  );

  // ---------- messages ----------

  const LinkInput = builder.inputType('MessageLinkInput', {
    fields: (f) => ({ kind: f.field({ type: LinkKind, required: true }), id: f.id({ required: true, validate: z.uuid() }) }),
  });

  const SentMessage = builder.objectRef<{ message: any; created: boolean }>('SentMessage').implement({
    description:
      '`created` is false when the clientMessageId was seen before: the first message is returned, nothing new is stored.',
    fields: (t) => ({ sentMessage: t.field({ type: Message, resolve: (s) => s.message }), created: t.exposeBoolean('created') }),
  });

  builder.mutationField('sendMessage', (t) =>
    t.field({
      type: SentMessage,
      extensions: inRequestClass(MESSAGE_SENDS),
      description:
        'Sends a message. Retry with the same clientMessageId after a network error: the message is stored once. The server assigns `seq`.',
      errors: {
        types: [
          NotMemberError,
          TooLargeError,
          TypeNotAllowedError,
          RateLimitedError,
          NotAllowedError,
          NotFoundError,
          InvalidInputError,
        ],
      },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('SendMessageInput', {
            fields: (f) => ({
              conversationId: f.globalID({ required: true, for: Conversation }),
              clientMessageId: f.string({
                required: true,
                description: 'Unique per sender (a uuid made by the client); makes retries safe.',
                validate: z.string().min(8).max(64),
              }),
              kind: f.field({ type: MessageKind, required: true }),
              body: f.string({ required: false }),
              attachmentId: f.globalID({
                required: false,
                for: AttachmentRef,
                description: 'Upload first (uploadAttachment), then send its id.',
              }),
              durationSeconds: f.int({ required: false }),
              internal: f.boolean({ required: false, description: 'An internal note, seen by staff only.' }),
              link: f.field({ type: LinkInput, required: false }),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx, info) => {
        const viewer = signedIn(ctx.viewer);
        // A link shows the object to everyone in the conversation: only what the sender may see.
        if (input.link && !(await canSeeNode(info.schema, ctx, LINK_TYPES[input.link.kind], String(input.link.id)))) {
          throw new NotAllowedError('You can link only to what you can see.');
        }
        return sendMessageFast(ctx.runtime, ctx.em, config, viewer, input.conversationId.id, {
          kind: input.kind,
          clientMessageId: input.clientMessageId,
          body: input.body ?? null,
          attachmentId: input.attachmentId?.id ?? null,
          durationSeconds: input.durationSeconds ?? null,
          internal: input.internal ?? false,
          linkKind: input.link?.kind ?? null,
          linkId: input.link ? String(input.link.id) : null,
        });
      },
    }),
  );

  builder.mutationField('recallMessage', (t) =>
    t.field({
      type: Message,
      description: 'The sender takes a message back within 2 minutes; everyone sees it as recalled.',
      errors: { types: [RecallTooLateError, NotMemberError, NotAllowedError, NotFoundError, InvalidInputError] },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('RecallMessageInput', {
            fields: (f) => ({ messageId: f.globalID({ required: true, for: Message }) }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => ctx.tx((tx) => recallMessage(tx, config, signedIn(ctx.viewer), input.messageId.id)),
    }),
  );

  builder.mutationField('markConversationRead', (t) =>
    t.field({
      type: Conversation,
      description: "Moves the viewer's read (and delivered) position forward to `seq`; members only.",
      errors: messagingErrors,
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('MarkConversationReadInput', {
            fields: (f) => ({
              conversationId: f.globalID({ required: true, for: Conversation }),
              seq: f.int({ required: true, validate: z.number().int().min(0) }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) =>
        ctx.tx(
          async (tx) =>
            (await moveReceipt(tx, signedIn(ctx.viewer), input.conversationId.id, { readSeq: input.seq })).conversation,
        ),
    }),
  );

  builder.mutationField('markConversationDelivered', (t) =>
    t.field({
      type: Conversation,
      description: "Acknowledges that messages up to `seq` reached the viewer's device.",
      errors: messagingErrors,
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('MarkConversationDeliveredInput', {
            fields: (f) => ({
              conversationId: f.globalID({ required: true, for: Conversation }),
              seq: f.int({ required: true, validate: z.number().int().min(0) }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) =>
        ctx.tx(
          async (tx) =>
            (await moveReceipt(tx, signedIn(ctx.viewer), input.conversationId.id, { deliveredSeq: input.seq })).conversation,
        ),
    }),
  );

  builder.mutationField('setTyping', (t) =>
    t.field({
      type: DoneRef,
      description: 'Tells the other members the viewer is (or stopped) typing. Ephemeral: never stored, never replayed.',
      errors: messagingErrors,
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('SetTypingInput', {
            fields: (f) => ({
              conversationId: f.globalID({ required: true, for: Conversation }),
              typing: f.boolean({ required: true }),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const viewer = signedIn(ctx.viewer);
        const access = await memberConversation(ctx.em, viewer, input.conversationId.id);
        publishTyping(ctx.runtime, viewer, access.conversation, access.members, input.typing);
        return { ok: true };
      },
    }),
  );

  // ---------- canned replies ----------

  builder.mutationField('saveCannedReply', (t) =>
    t.field({
      type: CannedReply,
      description: 'Creates (or, with `id`, edits) a canned reply of the store; clerks and store admins.',
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('SaveCannedReplyInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: StoreRef }),
              id: f.id({ required: false, validate: z.uuid() }),
              title: f.string({ required: true, validate: z.string().trim().min(1).max(60) }),
              body: f.string({ required: true, validate: z.string().trim().min(1).max(2000) }),
              ...idempotencyKeyInput(f),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        const viewer = signedIn(ctx.viewer);
        const storeId = input.storeId.id;
        if (!hasStoreRole(viewer, storeId, INBOX_ROLES)) throw new NotAllowedError();
        return ctx.tx((tx) =>
          tx.once({ operation: 'saveCannedReply', key: input.idempotencyKey, result: savedReply }, () =>
            saveCannedReply(tx, {
              id: input.id ? String(input.id) : null,
              storeId,
              title: input.title.trim(),
              body: input.body.trim(),
              createdBy: viewer.accountId,
            }),
          ),
        );
      },
    }),
  );

  builder.mutationField('deleteCannedReply', (t) =>
    t.field({
      type: DoneRef,
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('DeleteCannedReplyInput', {
            fields: (f) => ({ id: f.id({ required: true, validate: z.uuid() }) }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const reply = await findCannedReply(ctx.em, String(input.id));
        if (!reply || !hasStoreRole(ctx.viewer, reply.storeId, INBOX_ROLES)) throw new NotAllowedError();
        return ctx.tx(async (tx) => {
          await deleteCannedReply(tx, reply.id);
          return { ok: true };
        });
      },
    }),
  );
}
