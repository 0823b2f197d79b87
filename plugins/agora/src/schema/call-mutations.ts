import {
  type Builder,
  decodeGlobalId,
  InvalidInputError,
  idempotencyKeyInput,
  NotAllowedError,
  replayableEntity,
  type Tx,
  type Viewer,
} from '@lacewire/core';
import { AccountRef } from '@lacewire/plugin-identity';
import { StoreRef } from '@lacewire/plugin-stores';
import { z } from 'zod';
import {
  acceptCall,
  attachRecording,
  type CallHooks,
  declineCall,
  endCall,
  reportJoined,
  reportLeft,
  startCall,
} from '../calls.ts';
import { AgoraCall, type IAgoraCall } from '../entities.ts';
import { AgoraNotConfiguredError } from '../errors.ts';
import { CallSessionRef } from '../refs.ts';
import { agoraState } from '../state.ts';
import { SUBJECT_TYPES } from '../subjects.ts';
import { type callTypes, requireTokens } from './calls.ts';

const startedCall = replayableEntity('CallSession', AgoraCall);

type CallAction = (tx: Tx, viewer: Viewer, callId: string, hooks: CallHooks) => Promise<IAgoraCall>;

/** Starting a call from a conversation or an order, and what its participants do in it. */
export function callMutations(builder: Builder, { Purpose }: ReturnType<typeof callTypes>) {
  builder.mutationField('startCall', (t) =>
    t.field({
      type: CallSessionRef,
      description: 'Starts a call from a conversation or an order and rings the invitees (event + RTM push).',
      errors: { types: [AgoraNotConfiguredError] },
      authScopes: { signedIn: true },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('StartCallInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: StoreRef }),
              conversationId: f.id({ required: false, description: 'Global id of the Conversation the call is about.' }),
              orderId: f.id({ required: false, description: 'Global id of the WorkOrder the call is about.' }),
              purpose: f.field({ type: Purpose, required: true }),
              inviteeIds: f.globalIDList({
                required: true,
                for: AccountRef,
                description: 'Accounts to ring; they join as publishers.',
              }),
              observerIds: f.globalIDList({
                required: false,
                for: AccountRef,
                description: 'Staff accounts who may watch (subscriber tokens).',
              }),
              ...idempotencyKeyInput(f),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const storeId = input.storeId.id;
        const viewer = ctx.viewer;
        if (!viewer) throw new NotAllowedError();
        if (!!input.conversationId === !!input.orderId) {
          throw new InvalidInputError('Give either conversationId or orderId.', 'conversationId');
        }
        // Conversations and orders are optional plugins' types: their ids are checked by type name.
        const subjectKind = input.conversationId ? 'conversation' : 'order';
        const subjectField = input.conversationId ? 'conversationId' : 'orderId';
        const subject = String(input.conversationId ?? input.orderId);
        const subjectId = decodeGlobalId(subject, subjectField, [SUBJECT_TYPES[subjectKind]]).id;
        await ctx.requireFeature(storeId, 'calls');
        const { config, hooks } = requireTokens(ctx.runtime);
        return ctx.tx((tx) =>
          tx.once({ operation: 'startCall', key: input.idempotencyKey, result: startedCall }, () =>
            startCall(
              tx,
              viewer,
              {
                storeId,
                subjectKind,
                subjectId,
                purpose: input.purpose,
                inviteeIds: input.inviteeIds.map((a) => a.id),
                observerIds: (input.observerIds ?? []).map((a) => a.id),
              },
              config,
              hooks,
            ),
          ),
        );
      },
    }),
  );

  /** A participant's action on a call, named by its id alone. */
  const action = (name: string, description: string, run: CallAction) =>
    builder.mutationField(name, (t) =>
      t.field({
        type: CallSessionRef,
        description,
        errors: {},
        authScopes: { signedIn: true },
        args: {
          input: t.arg({
            required: true,
            type: builder.inputType(`${name[0].toUpperCase()}${name.slice(1)}Input`, {
              fields: (f) => ({ callId: f.globalID({ required: true, for: CallSessionRef }) }),
            }),
          }),
        },
        resolve: (_r, { input }, ctx) => {
          const { hooks } = agoraState.of(ctx.runtime);
          return ctx.tx((tx) => run(tx, ctx.viewer!, input.callId.id, hooks));
        },
      }),
    );

  action('acceptCall', 'Answers an incoming call; then ask for callToken and join.', (tx, v, id) => acceptCall(tx, v, id));
  action('declineCall', 'Declines an incoming call.', declineCall);
  action('reportCallJoined', 'The app joined the RTC channel (Agora’s webhook confirms it).', (tx, v, id) =>
    reportJoined(tx, v, id),
  );
  action('reportCallLeft', 'The app left the RTC channel.', reportLeft);
  action('endCall', 'Hangs up for everyone; the call record lands in the conversation.', endCall);

  builder.mutationField('attachCallRecording', (t) =>
    t.field({
      type: CallSessionRef,
      description: 'Attaches a recording reference (URL of the stored recording) to a call.',
      errors: {},
      authScopes: { signedIn: true },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('AttachCallRecordingInput', {
            fields: (f) => ({
              callId: f.globalID({ required: true, for: CallSessionRef }),
              // https only: apps open this link; javascript:, data: or plain http links are refused.
              url: f.string({ required: true, validate: z.url({ protocol: /^https$/, error: 'An https:// URL.' }).max(2000) }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => ctx.tx((tx) => attachRecording(tx, ctx.viewer!, input.callId.id, input.url)),
    }),
  );
}
