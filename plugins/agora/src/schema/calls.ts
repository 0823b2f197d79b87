import { type Builder, globalId, type Runtime } from '@lacewire/core';
import { accountsByIds } from '@lacewire/plugin-identity';
import { getStore, StoreRef } from '@lacewire/plugin-stores';
import { z } from 'zod';
import { canSeeCall, participantsOf, tokenParticipant } from '../calls.ts';
import { AgoraCall, CALL_PURPOSES, CALL_STATUSES, type IAgoraCallParticipant, PARTICIPANT_STATES } from '../entities.ts';
import { AgoraNotConfiguredError } from '../errors.ts';
import { CallSessionRef } from '../refs.ts';
import { agoraState } from '../state.ts';
import { SUBJECT_TYPES } from '../subjects.ts';
import { rtcToken } from '../tokens.ts';

/** Agora's state on this platform, when it can issue tokens (AgoraNotConfigured otherwise). */
export function requireTokens(runtime: Runtime) {
  const state = agoraState.of(runtime);
  if (!state.capabilities.tokens) throw new AgoraNotConfiguredError(state.capabilities.missing);
  return state;
}

/** Call sessions: participants, a store's calls, and RTC credentials for those who answered. */
export function callTypes(builder: Builder) {
  const Purpose = builder.enumType('CallPurpose', { values: CALL_PURPOSES });
  const CallStatus = builder.enumType('CallStatus', { values: CALL_STATUSES });
  const ParticipantState = builder.enumType('CallParticipantState', { values: PARTICIPANT_STATES });
  const CallRole = builder.enumType('CallRole', { values: ['publisher', 'subscriber'] as const });
  const SubjectKind = builder.enumType('CallSubjectKind', { values: ['conversation', 'order'] as const });

  const Participant = builder.objectRef<IAgoraCallParticipant>('CallParticipant').implement({
    fields: (t) => ({
      accountId: t.field({ type: 'ID', resolve: (p) => globalId('Account', p.accountId) }),
      displayName: t.string({
        resolve: async (p, _a, ctx) => (await accountsByIds(ctx.em, [p.accountId]))[0]?.displayName ?? '',
      }),
      rtcUid: t.exposeInt('rtcUid'),
      role: t.field({ type: CallRole, resolve: (p) => p.role }),
      state: t.field({ type: ParticipantState, resolve: (p) => p.state }),
      joinedAt: t.field({ type: 'DateTime', nullable: true, resolve: (p) => p.joinedAt ?? null }),
      leftAt: t.field({ type: 'DateTime', nullable: true, resolve: (p) => p.leftAt ?? null }),
      joinConfirmed: t.boolean({
        description: "Agora's webhook saw this uid in the channel.",
        resolve: (p) => !!p.joinConfirmedAt,
      }),
    }),
  });

  builder.node(CallSessionRef, {
    description: 'A video call (one RTC channel) about a conversation or an order. Visible to participants and store staff.',
    id: { resolve: (c) => c.id },
    loadMany: async (ids, ctx) => {
      const calls = await ctx.em.find(
        AgoraCall,
        { id: { $in: [...ids].filter((id) => z.uuid().safeParse(id).success) } },
        { refresh: true },
      );
      return Promise.all(
        ids.map(async (id) => {
          const call = calls.find((c) => c.id === id);
          return call && (await canSeeCall(ctx.em, ctx.viewer, call)) ? call : null;
        }),
      );
    },
    fields: (t) => ({
      store: t.field({ type: StoreRef, resolve: (c, _a, ctx) => getStore(ctx.em, c.storeId) }),
      purpose: t.field({ type: Purpose, resolve: (c) => c.purpose }),
      status: t.field({ type: CallStatus, resolve: (c) => c.status }),
      subjectKind: t.field({ type: SubjectKind, resolve: (c) => c.subjectKind }),
      subjectId: t.field({
        type: 'ID',
        description: 'The global id of the Conversation or WorkOrder the call is about (see subjectKind).',
        resolve: (c) => globalId(SUBJECT_TYPES[c.subjectKind], c.subjectId),
      }),
      channel: t.exposeString('channel'),
      startedBy: t.field({
        type: 'ID',
        description: 'The Account who started the call.',
        resolve: (c) => globalId('Account', c.startedBy),
      }),
      createdAt: t.field({ type: 'DateTime', resolve: (c) => c.createdAt }),
      ringUntil: t.field({ type: 'DateTime', resolve: (c) => c.ringUntil }),
      connectedAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => c.connectedAt ?? null }),
      endedAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => c.endedAt ?? null }),
      durationSeconds: t.exposeInt('durationSeconds', { nullable: true }),
      recordingUrl: t.exposeString('recordingUrl', { nullable: true }),
      participants: t.field({ type: [Participant], resolve: (c, _a, ctx) => participantsOf(ctx.em, c.id, true) }),
    }),
  });

  builder.queryField('calls', (t) =>
    t.field({
      type: [CallSessionRef],
      description: "A store's calls, newest first (store staff); FeatureDisabled when the store has calls off.",
      args: {
        storeId: t.arg.globalID({ required: true, for: StoreRef }),
        status: t.arg({ type: [CallStatus], required: false }),
        limit: t.arg.int({ required: false, validate: z.number().int().min(1).max(200) }),
      },
      authScopes: (_r, args) => ({ storeStaff: args.storeId.id }),
      resolve: async (_r, args, ctx) => {
        await ctx.requireFeature(args.storeId.id, 'calls');
        return ctx.em.find(
          AgoraCall,
          { storeId: args.storeId.id, ...(args.status?.length ? { status: { $in: args.status } } : {}) },
          { orderBy: { createdAt: 'desc' }, limit: args.limit ?? 50, refresh: true },
        );
      },
    }),
  );

  const Credentials = builder
    .objectRef<{
      appId: string;
      channel: string;
      uid: number;
      role: 'publisher' | 'subscriber';
      token: string;
      expiresAt: Date;
      renewAt: Date;
    }>('RtcCredentials')
    .implement({
      description: 'What agora-rtc-sdk-ng needs to join the call: client.join(appId, channel, token, uid).',
      fields: (t) => ({
        appId: t.exposeString('appId'),
        channel: t.exposeString('channel'),
        uid: t.exposeInt('uid'),
        role: t.field({ type: CallRole, resolve: (c) => c.role }),
        token: t.exposeString('token'),
        expiresAt: t.field({ type: 'DateTime', resolve: (c) => c.expiresAt }),
        renewAt: t.field({ type: 'DateTime', resolve: (c) => c.renewAt }),
      }),
    });

  builder.queryField('callToken', (t) =>
    t.field({
      type: Credentials,
      description: 'An RTC token for a participant who answered (publisher) or an observer (subscriber). Ask again at `renewAt`.',
      errors: { types: [AgoraNotConfiguredError] },
      authScopes: { signedIn: true },
      args: { callId: t.arg.globalID({ required: true, for: CallSessionRef }) },
      resolve: async (_r, args, ctx) => {
        const { config } = requireTokens(ctx.runtime);
        const { call, participant } = await tokenParticipant(ctx.em, ctx.viewer!, args.callId.id);
        await ctx.requireFeature(call.storeId, 'calls');
        const issued = rtcToken(config, call.channel, participant.rtcUid, participant.role);
        return {
          appId: config.appId as string,
          channel: call.channel,
          uid: participant.rtcUid,
          role: participant.role,
          ...issued,
        };
      },
    }),
  );

  return { Purpose };
}
