import {
  type Builder,
  canSeeNode,
  decodeGlobalId,
  InvalidInputError,
  inRequestClass,
  NotAllowedError,
  NotFoundError,
  RateLimitedError,
} from '@lacewire/core';
import { AttachmentRef } from '@lacewire/plugin-files';
import { z } from 'zod';
import { MESSAGE_SENDS } from '../config.ts';
import { LINK_TYPES } from '../entities.ts';
import { NotMemberError, RecallTooLateError, TooLargeError, TypeNotAllowedError } from '../errors.ts';
import { ConversationRef, MessageRef } from '../refs.ts';
import { recallMessage, sendMessageFast } from '../services/messages.ts';
import type { MessageRow } from '../services/rows.ts';
import { messagingState } from '../state.ts';
import { signedIn } from './errors.ts';
import type { messageTypes } from './message.ts';

/** Sending (idempotent by the client's id) and recalling messages. */
export function messageMutations(builder: Builder, { MessageKind, LinkKind }: ReturnType<typeof messageTypes>) {
  const LinkInput = builder.inputType('MessageLinkInput', {
    fields: (f) => ({
      kind: f.field({ type: LinkKind, required: true }),
      id: f.id({ required: true, description: 'Global id of the order, appointment or complaint.' }),
    }),
  });

  const SentMessage = builder.objectRef<{ message: MessageRow; created: boolean }>('SentMessage').implement({
    description:
      '`created` is false when the clientMessageId was seen before: the first message is returned, nothing new is stored.',
    fields: (t) => ({
      sentMessage: t.field({ type: MessageRef, resolve: (s) => s.message }),
      created: t.exposeBoolean('created'),
    }),
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
              conversationId: f.globalID({ required: true, for: ConversationRef }),
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
        // The link's type follows its kind, so its id is checked against that type here.
        const linkId = input.link ? decodeGlobalId(String(input.link.id), 'id', [LINK_TYPES[input.link.kind]]).id : null;
        // A link shows the object to everyone in the conversation: only what the sender may see.
        if (input.link && linkId && !(await canSeeNode(info.schema, ctx, LINK_TYPES[input.link.kind], linkId))) {
          throw new NotAllowedError('You can link only to what you can see.');
        }
        return sendMessageFast(messagingState.of(ctx.runtime), ctx.runtime, ctx.em, viewer, input.conversationId.id, {
          kind: input.kind,
          clientMessageId: input.clientMessageId,
          body: input.body ?? null,
          attachmentId: input.attachmentId?.id ?? null,
          durationSeconds: input.durationSeconds ?? null,
          internal: input.internal ?? false,
          linkKind: input.link?.kind ?? null,
          linkId,
        });
      },
    }),
  );

  builder.mutationField('recallMessage', (t) =>
    t.field({
      type: MessageRef,
      description: 'The sender takes a message back within 2 minutes; everyone sees it as recalled.',
      errors: { types: [RecallTooLateError, NotMemberError, NotAllowedError, NotFoundError, InvalidInputError] },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('RecallMessageInput', {
            fields: (f) => ({ messageId: f.globalID({ required: true, for: MessageRef }) }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        const { config } = messagingState.of(ctx.runtime);
        return ctx.tx((tx) => recallMessage(tx, config, signedIn(ctx.viewer), input.messageId.id));
      },
    }),
  );
}
