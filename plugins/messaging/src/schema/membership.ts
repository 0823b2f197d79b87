import { type Builder, DoneRef } from '@lacewire/core';
import { AccountRef } from '@lacewire/plugin-identity';
import { ConversationRef } from '../refs.ts';
import { addGroupMember, joinConversation, leaveConversation, transferConversation } from '../services/conversations.ts';
import { conversationErrors, signedIn } from './errors.ts';

/** Who is in a conversation: staff join and leave, groups grow, the inbox hands conversations on. */
export function membershipMutations(builder: Builder) {
  const ConversationInput = builder.inputType('ConversationInput', {
    fields: (f) => ({ conversationId: f.globalID({ required: true, for: ConversationRef }) }),
  });

  builder.mutationField('joinConversation', (t) =>
    t.field({
      type: ConversationRef,
      description: 'Store staff join a customer or order conversation to answer in it.',
      errors: conversationErrors,
      args: { input: t.arg({ required: true, type: ConversationInput }) },
      resolve: (_r, { input }, ctx) => ctx.tx((tx) => joinConversation(tx, signedIn(ctx.viewer), input.conversationId.id)),
    }),
  );

  builder.mutationField('leaveConversation', (t) =>
    t.field({
      type: DoneRef,
      description: 'Staff leave a conversation (an assignee leaving leaves it unassigned).',
      errors: conversationErrors,
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
      type: ConversationRef,
      errors: conversationErrors,
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('AddGroupMemberInput', {
            fields: (f) => ({
              conversationId: f.globalID({ required: true, for: ConversationRef }),
              accountId: f.globalID({ required: true, for: AccountRef }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) =>
        ctx.tx((tx) => addGroupMember(tx, signedIn(ctx.viewer), input.conversationId.id, input.accountId.id)),
    }),
  );

  builder.mutationField('transferConversation', (t) =>
    t.field({
      type: ConversationRef,
      description: 'Inbox: hand a conversation to another staff member of the store.',
      errors: conversationErrors,
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('TransferConversationInput', {
            fields: (f) => ({
              conversationId: f.globalID({ required: true, for: ConversationRef }),
              toAccountId: f.globalID({ required: true, for: AccountRef }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) =>
        ctx.tx((tx) => transferConversation(tx, signedIn(ctx.viewer), input.conversationId.id, input.toAccountId.id)),
    }),
  );
}
