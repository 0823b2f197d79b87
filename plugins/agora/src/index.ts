import { definePlugin, type EventHandler } from '@lacewire/core';
import type { CallHooks } from './calls.ts';
import { type AgoraConfig, capabilities, resolveAgoraConfig } from './config.ts';
import { AgoraAccount, AgoraCall, AgoraCallParticipant } from './entities.ts';
import { agoraEvents, OWN_PUSHED_EVENTS } from './events.ts';
import { agoraJobs } from './jobs.ts';
import { agoraMessages } from './messages.ts';
import { migrations } from './migrations.ts';
import { fanOut } from './push/fanout.ts';
import { PushLimiter } from './push/limiter.ts';
import { scheduleSweep } from './push/worker.ts';
import { agoraSchema } from './schema.ts';
import { webhookRoute } from './webhook.ts';

export { ensureIdentity, identitiesOf, rtmUserIdFor } from './accounts.ts';
export type { CallHooks, CallRecord, SubjectInfo, SubjectResolver } from './calls.ts';
export { type AgoraCapabilities, type AgoraConfig, capabilities, DEFAULT_AGORA_CONFIG, resolveAgoraConfig } from './config.ts';
export type { IAgoraCall, IAgoraCallParticipant } from './entities.ts';
export { AgoraNotConfiguredError } from './errors.ts';
export { OWN_PUSHED_EVENTS } from './events.ts';
export { agoraMessages, callRecordText } from './messages.ts';
export { type AgoraMetrics, agoraMetrics } from './metrics.ts';
export { basicAuth, peerMessageUrl, SERVER_RTM_USER } from './push/rest.ts';
export type { PushMessage } from './push/worker.ts';
export { DEFAULT_PUSHED_EVENTS, pushableEvents } from './push-events.ts';
export { CallSessionRef } from './refs.ts';
export { rtcToken, rtmToken } from './tokens.ts';
export { signatureV2, verifySignatureV2, WEBHOOK_PATH } from './webhook.ts';
export { agoraHooksFor, conversationSubject, orderSubject, recordCallInMessaging } from './wiring.ts';

export interface AgoraPluginOptions extends Partial<AgoraConfig>, CallHooks {
  /**
   * Other plugins' event types pushed over RTM. Each must be declared by an installed plugin:
   * pass `pushableEvents(otherPlugins)` (DEFAULT_PUSHED_EVENTS narrowed to what is installed).
   */
  pushEvents?: string[];
}

/**
 * Agora: stable RTM/RTC identities per account, tokens, RTM push of every visible event through
 * Agora's REST API (durable, retried, deduplicated), and call sessions confirmed by Agora's
 * webhook. Without credentials it reports "not configured" and the apps use subscriptions only.
 *
 *   query { agoraStatus { configured missing } agoraSession { enabled rtmUserId rtmToken renewAt } }
 *   mutation { startCall(input: { storeId: "…", orderId: "…", purpose: inspection, inviteeIds: ["…"] }) {
 *     ... on CallSession { id channel status } ... on Error { message } } }
 */
export function agoraPlugin(options: AgoraPluginOptions = {}) {
  const { pushEvents = [], subjects, recordCall, ...settings } = options;
  const config = resolveAgoraConfig(settings);
  const hooks: CallHooks = { subjects, recordCall };
  const limiter = new PushLimiter(config.pushRatePerSecond);
  const pushOn = capabilities(config).push;

  const push: EventHandler = async (event, ctx) => {
    if (!pushOn) return;
    await fanOut(event, ctx, (storeId) => ctx.runtime.featureEnabled(ctx.em, storeId, 'rtm-push'));
  };
  const on: Record<string, EventHandler> = {};
  for (const type of new Set([...OWN_PUSHED_EVENTS, ...pushEvents])) on[type] = push;

  return definePlugin({
    name: 'agora',
    requires: ['identity', 'stores'],
    entities: [AgoraAccount, AgoraCall, AgoraCallParticipant],
    migrations,
    events: agoraEvents,
    messages: agoraMessages,
    features: {
      calls: {
        description: 'Video calls (authentication, inspection, consult, acceptance) over Agora RTC.',
        defaultEnabled: false,
      },
      'rtm-push': {
        description: 'Also push events to the apps over Agora RTM (subscriptions always work).',
        defaultEnabled: false,
      },
    },
    schema: (builder) => agoraSchema(builder, config, hooks),
    on,
    jobs: agoraJobs(config, hooks, limiter),
    routes: (runtime) => [webhookRoute(runtime, config, hooks)],
    async setup(runtime) {
      // The safety-net sweep re-enqueues itself every minute (one pending job per database, by key).
      if (pushOn) await runtime.tx((tx) => scheduleSweep(tx));
    },
  });
}
