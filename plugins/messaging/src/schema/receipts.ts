import { type Builder, DoneRef } from '@lacewire/core';
import { z } from 'zod';
import { ConversationRef } from '../refs.ts';
import { memberConversation } from '../services/access.ts';
import { moveReceipt } from '../services/receipts.ts';
import { publishTyping } from '../services/typing.ts';
import { conversationErrors, signedIn } from './errors.ts';

/** Read and delivered positions (ticks), and typing. */
export function receiptMutations(builder: Builder) {
  const receipt = (name: string, inputName: string, description: string, position: 'readSeq' | 'deliveredSeq') =>
    builder.mutationField(name, (t) =>
      t.field({
        type: ConversationRef,
        description,
        errors: conversationErrors,
        args: {
          input: t.arg({
            required: true,
            type: builder.inputType(inputName, {
              fields: (f) => ({
                conversationId: f.globalID({ required: true, for: ConversationRef }),
                seq: f.int({ required: true, validate: z.number().int().min(0) }),
              }),
            }),
          }),
        },
        resolve: (_r, { input }, ctx) =>
          ctx.tx(
            async (tx) =>
              (await moveReceipt(tx, signedIn(ctx.viewer), input.conversationId.id, { [position]: input.seq })).conversation,
          ),
      }),
    );
  receipt(
    'markConversationRead',
    'MarkConversationReadInput',
    "Moves the viewer's read (and delivered) position forward to `seq`; members only.",
    'readSeq',
  );
  receipt(
    'markConversationDelivered',
    'MarkConversationDeliveredInput',
    "Acknowledges that messages up to `seq` reached the viewer's device.",
    'deliveredSeq',
  );

  builder.mutationField('setTyping', (t) =>
    t.field({
      type: DoneRef,
      description: 'Tells the other members the viewer is (or stopped) typing. Ephemeral: never stored, never replayed.',
      errors: conversationErrors,
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('SetTypingInput', {
            fields: (f) => ({
              conversationId: f.globalID({ required: true, for: ConversationRef }),
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
}
