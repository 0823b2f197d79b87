import { type Builder, defineErrorType, isStaff, staffStoreIds } from '@lacewire/core';
import { StoreRef } from '@lacewire/plugin-stores';
import { ensureIdentity } from '../accounts.ts';
import type { AgoraCapabilities } from '../config.ts';
import { AgoraNotConfiguredError } from '../errors.ts';
import { agoraState } from '../state.ts';
import { rtmToken } from '../tokens.ts';

/** What this server has credentials for, and an app's RTM login (token, renewal). */
export function sessionSchema(builder: Builder) {
  defineErrorType(builder, AgoraNotConfiguredError, {
    name: 'AgoraNotConfigured',
    description: 'The server has no Agora credentials: use GraphQL subscriptions; calls are unavailable.',
    fields: (t) => ({ missing: t.exposeStringList('missing') }),
  });

  const Status = builder.objectRef<AgoraCapabilities & { appId: string | null }>('AgoraStatus').implement({
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

  builder.queryField('agoraStatus', (t) =>
    t.field({
      type: Status,
      resolve: (_r, _a, ctx) => {
        const { capabilities, config } = agoraState.of(ctx.runtime);
        return { ...capabilities, appId: config.appId };
      },
    }),
  );

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
        const { config, capabilities: caps } = agoraState.of(ctx.runtime);
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
}
