import {
  type Builder,
  canSee,
  DoneRef,
  defineErrorType,
  InvalidInputError,
  idempotencyKeyInput,
  isStaff,
  NotAllowedError,
  replayableEntity,
  rows,
  sql,
  staffStoreIds,
} from '@lacewire/core';
import { accountsByIds } from '@lacewire/plugin-identity';
import { getStore, StoreRef } from '@lacewire/plugin-stores';
import { z } from 'zod';
import { ensureIdentity } from './accounts.ts';
import {
  acceptCall,
  attachRecording,
  type CallHooks,
  canSeeCall,
  declineCall,
  endCall,
  participantsOf,
  reportJoined,
  reportLeft,
  startCall,
  tokenParticipant,
} from './calls.ts';
import { type AgoraConfig, capabilities } from './config.ts';
import { AgoraCall, CALL_PURPOSES, CALL_STATUSES, type IAgoraCallParticipant, PARTICIPANT_STATES } from './entities.ts';
import { AgoraNotConfiguredError } from './errors.ts';
import { pushBacklog, retryFailedPushes } from './push/worker.ts';
import { CallSessionRef } from './refs.ts';
import { rtcToken, rtmToken } from './tokens.ts';

const startedCall = replayableEntity('CallSession', AgoraCall);

export function agoraSchema(builder: Builder, config: AgoraConfig, hooks: CallHooks) {
  const caps = capabilities(config);
  const requireTokens = () => {
    if (!caps.tokens) throw new AgoraNotConfiguredError(caps.missing);
  };

  defineErrorType(builder, AgoraNotConfiguredError, {
    name: 'AgoraNotConfigured',
    description: 'The server has no Agora credentials: use GraphQL subscriptions; calls are unavailable.',
    fields: (t) => ({ missing: t.exposeStringList('missing') }),
  });

  const Status = builder.objectRef<typeof caps & { appId: string | null }>('AgoraStatus').implement({
    description: 'Which parts of the Agora integration this server has credentials for.',
    fields: (t) => ({
      configured: t.boolean({ description: 'Tokens and RTM push both work.', resolve: (s) => s.tokens && s.push }),
      tokens: t.exposeBoolean('tokens', { description: 'RTM/RTC tokens can be issued (calls possible).' }),
      push: t.exposeBoolean('push', { description: 'Events are also pushed over RTM.' }),
      webhook: t.exposeBoolean('webhook', { description: "Agora's notification webhook is verified and used." }),
      appId: t.exposeString('appId', { nullable: true }),
      missing: t.exposeStringList('missing', { description: 'Environment variables still unset.' }),
    }),
  });

  builder.queryField('agoraStatus', (t) => t.field({ type: Status, resolve: () => ({ ...caps, appId: config.appId }) }));

  const Session = builder
    .objectRef<{
      enabled: boolean;
      reason: string | null;
      appId: string | null;
      rtmUserId: string;
      rtcUid: number;
      rtmToken: string | null;
      expiresAt: Date | null;
      renewAt: Date | null;
    }>('AgoraSession')
    .implement({
      description:
        'What the app needs to receive pushes over Agora RTM. When `enabled` is false, rely on the `events` subscription alone.',
      fields: (t) => ({
        enabled: t.exposeBoolean('enabled'),
        reason: t.exposeString('reason', {
          nullable: true,
          description: 'Why RTM is off (not configured, switched off for the store).',
        }),
        appId: t.exposeString('appId', { nullable: true }),
        rtmUserId: t.exposeString('rtmUserId', { description: 'Stable RTM user id of the signed-in account.' }),
        rtcUid: t.exposeInt('rtcUid', { description: 'Stable RTC uid of the signed-in account (uint32).' }),
        rtmToken: t.exposeString('rtmToken', { nullable: true }),
        expiresAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => s.expiresAt }),
        renewAt: t.field({
          type: 'DateTime',
          nullable: true,
          description: 'Ask for a new session (renewToken) at this time, before the token expires.',
          resolve: (s) => s.renewAt,
        }),
      }),
    });

  builder.queryField('agoraSession', (t) =>
    t.field({
      type: Session,
      description: 'RTM login for the signed-in account; ask again at `renewAt`.',
      authScopes: { signedIn: true },
      args: {
        storeId: t.arg.globalID({ required: false, for: StoreRef, description: 'The store the app works in (gray rollout).' }),
      },
      resolve: async (_r, args, ctx) => {
        const viewer = ctx.viewer!;
        const identity = await ctx.tx((tx) => ensureIdentity(tx.em, viewer.accountId));
        const off = (reason: string) => ({
          enabled: false,
          reason,
          appId: config.appId,
          ...identity,
          rtmToken: null,
          expiresAt: null,
          renewAt: null,
        });
        if (!caps.tokens || !caps.push) return off(`Agora is not configured (missing ${caps.missing.join(', ')}).`);
        let stores: string[] | null = args.storeId ? [args.storeId.id] : staffStoreIds(viewer);
        if (stores && stores.length === 0 && !isStaff(viewer)) stores = null; // customers: any store
        if (stores) {
          const on = await Promise.all(stores.map((s) => ctx.runtime.featureEnabled(ctx.em, s, 'rtm-push')));
          if (!on.some(Boolean)) return off('RTM push is switched off for this store.');
        }
        const issued = rtmToken(config, identity.rtmUserId);
        return {
          enabled: true,
          reason: null,
          appId: config.appId,
          ...identity,
          rtmToken: issued.token,
          expiresAt: issued.expiresAt,
          renewAt: issued.renewAt,
        };
      },
    }),
  );

  const PushedEvent = builder.objectRef<{ id: string; type: string; at: Date; payload: unknown }>('AgoraPushedEvent').implement({
    description: 'An event whose RTM push carried only a reference (larger than 32 KB).',
    fields: (t) => ({
      cursor: t.exposeString('id'),
      type: t.exposeString('type'),
      at: t.field({ type: 'DateTime', resolve: (e) => e.at }),
      payload: t.field({ type: 'JSON', resolve: (e) => e.payload }),
    }),
  });

  builder.queryField('agoraEvent', (t) =>
    t.field({
      type: PushedEvent,
      nullable: true,
      description: 'The full event behind a by-reference RTM push (null when unknown or not visible to the viewer).',
      authScopes: { signedIn: true },
      args: { cursor: t.arg.string({ required: true }) },
      resolve: async (_r, args, ctx) => {
        if (!/^\d{1,19}$/.test(args.cursor)) return null;
        const [row] = await rows<{
          id: string;
          type: string;
          payload: unknown;
          created_at: Date;
          a: string[];
          s: string[];
          r: any[] | null;
        }>(
          ctx.em,
          sql`select id, type, payload, created_at, audience_accounts as a, audience_stores as s, audience_roles as r from lw_event where id = ${args.cursor}::bigint`,
        );
        if (!row) return null;
        const audience = { accounts: row.a, stores: row.s, ...(row.r ? { roles: row.r } : {}) };
        if (!canSee(ctx.viewer, audience)) return null;
        return { id: String(row.id), type: row.type, at: new Date(row.created_at), payload: row.payload };
      },
    }),
  );

  const Failure = builder
    .objectRef<{
      eventId: string;
      eventType: string;
      accountId: string;
      attempts: number;
      lastError: string | null;
      status: string;
    }>('AgoraPushFailure')
    .implement({
      fields: (t) => ({
        eventCursor: t.exposeString('eventId'),
        eventType: t.exposeString('eventType'),
        accountId: t.exposeID('accountId'),
        attempts: t.exposeInt('attempts'),
        status: t.exposeString('status'),
        lastError: t.exposeString('lastError', { nullable: true }),
      }),
    });
  const Backlog = builder.objectRef<Awaited<ReturnType<typeof pushBacklog>>>('AgoraPushBacklog').implement({
    description:
      'RTM pushes not yet delivered (pending: will be retried; failed: refused by Agora, retry with retryAgoraPushes).',
    fields: (t) => ({
      pending: t.exposeInt('pending'),
      failed: t.exposeInt('failed'),
      sent: t.exposeInt('sent'),
      oldestPendingAt: t.field({ type: 'DateTime', nullable: true, resolve: (b) => b.oldestPendingAt }),
      recentFailures: t.field({ type: [Failure], resolve: (b) => b.recentFailures }),
    }),
  });
  builder.queryField('agoraPushBacklog', (t) =>
    t.field({ type: Backlog, authScopes: { owner: true }, resolve: (_r, _a, ctx) => pushBacklog(ctx.em) }),
  );
  builder.mutationField('retryAgoraPushes', (t) =>
    t.field({
      type: DoneRef,
      errors: {},
      description: 'Sends failed RTM pushes again (owner).',
      authScopes: { owner: true },
      resolve: async (_r, _a, ctx) => {
        await ctx.tx((tx) => retryFailedPushes(tx));
        return { ok: true };
      },
    }),
  );

  // ---- calls ----
  const Purpose = builder.enumType('CallPurpose', { values: CALL_PURPOSES });
  const CallStatus = builder.enumType('CallStatus', { values: CALL_STATUSES });
  const ParticipantState = builder.enumType('CallParticipantState', { values: PARTICIPANT_STATES });
  const CallRole = builder.enumType('CallRole', { values: ['publisher', 'subscriber'] as const });
  const SubjectKind = builder.enumType('CallSubjectKind', { values: ['conversation', 'order'] as const });

  const Participant = builder.objectRef<IAgoraCallParticipant>('CallParticipant').implement({
    fields: (t) => ({
      accountId: t.exposeID('accountId'),
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

  const Call = builder.node(CallSessionRef, {
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
      subjectId: t.exposeID('subjectId'),
      channel: t.exposeString('channel'),
      startedBy: t.exposeID('startedBy'),
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
      type: [Call],
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

  const callIdArg = (t: any) => t.arg.globalID({ required: true, for: CallSessionRef });

  builder.queryField('callToken', (t) =>
    t.field({
      type: Credentials,
      description: 'An RTC token for a participant who answered (publisher) or an observer (subscriber). Ask again at `renewAt`.',
      errors: { types: [AgoraNotConfiguredError] as any },
      authScopes: { signedIn: true },
      args: { callId: callIdArg(t) },
      resolve: async (_r, args: any, ctx) => {
        requireTokens();
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

  const callMutation = (
    name: string,
    description: string,
    run: (tx: any, viewer: any, callId: string, input: any) => Promise<any>,
    extraFields: (f: any) => Record<string, any> = () => ({}),
  ) =>
    builder.mutationField(name, (t) =>
      t.field({
        type: Call,
        description,
        errors: {},
        authScopes: { signedIn: true },
        args: {
          input: t.arg({
            required: true,
            type: builder.inputType(`${name[0].toUpperCase()}${name.slice(1)}Input`, {
              fields: (f) => ({ callId: f.globalID({ required: true, for: CallSessionRef }), ...extraFields(f) }),
            }),
          }),
        },
        resolve: (_r, { input }: any, ctx) => ctx.tx((tx) => run(tx, ctx.viewer, input.callId.id, input)),
      }),
    );

  builder.mutationField('startCall', (t) =>
    t.field({
      type: Call,
      description: 'Starts a call from a conversation or an order and rings the invitees (event + RTM push).',
      errors: { types: [AgoraNotConfiguredError] as any },
      authScopes: { signedIn: true },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('StartCallInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: StoreRef }),
              conversationId: f.id({ required: false }),
              orderId: f.id({ required: false }),
              purpose: f.field({ type: Purpose, required: true }),
              inviteeIds: f.idList({ required: true, description: 'Account ids to ring; they join as publishers.' }),
              observerIds: f.idList({ required: false, description: 'Staff who may watch (subscriber tokens).' }),
              ...idempotencyKeyInput(f),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }: any, ctx) => {
        const storeId = input.storeId.id;
        if (!ctx.viewer) throw new NotAllowedError();
        if (!!input.conversationId === !!input.orderId) {
          throw new InvalidInputError('Give either conversationId or orderId.', 'conversationId');
        }
        await ctx.requireFeature(storeId, 'calls');
        requireTokens();
        return ctx.tx((tx) =>
          tx.once({ operation: 'startCall', key: input.idempotencyKey, result: startedCall }, () =>
            startCall(
              tx,
              ctx.viewer!,
              {
                storeId,
                subjectKind: input.conversationId ? 'conversation' : 'order',
                subjectId: String(input.conversationId ?? input.orderId),
                purpose: input.purpose,
                inviteeIds: input.inviteeIds.map(String),
                observerIds: (input.observerIds ?? []).map(String),
              },
              config,
              hooks,
            ),
          ),
        );
      },
    }),
  );

  callMutation('acceptCall', 'Answers an incoming call; then ask for callToken and join.', (tx, v, id) => acceptCall(tx, v, id));
  callMutation('declineCall', 'Declines an incoming call.', (tx, v, id) => declineCall(tx, v, id, hooks));
  callMutation('reportCallJoined', 'The app joined the RTC channel (Agora’s webhook confirms it).', (tx, v, id) =>
    reportJoined(tx, v, id),
  );
  callMutation('reportCallLeft', 'The app left the RTC channel.', (tx, v, id) => reportLeft(tx, v, id, hooks));
  callMutation('endCall', 'Hangs up for everyone; the call record lands in the conversation.', (tx, v, id) =>
    endCall(tx, v, id, hooks),
  );
  callMutation(
    'attachCallRecording',
    'Attaches a recording reference (URL of the stored recording) to a call.',
    (tx, v, id, input) => attachRecording(tx, v, id, input.url),
    // https only: apps open this link; javascript:, data: or plain http links are refused.
    (f) => ({
      url: f.string({
        required: true,
        validate: z.url({ protocol: /^https$/, error: 'An https:// URL.' }).max(2000),
      }),
    }),
  );
}
