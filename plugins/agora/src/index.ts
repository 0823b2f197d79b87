import { definePlugin } from '@lacewire/core';
import { AgoraAccount, AgoraCall, AgoraCallParticipant } from './entities.ts';
import { agoraEvents } from './events.ts';
import { agoraJobs } from './jobs.ts';
import { agoraMessages } from './messages.ts';
import { migrations } from './migrations.ts';
import { scheduleSweep } from './push/worker.ts';
import { pushHandlers } from './push-events.ts';
import { agoraSchema } from './schema/index.ts';
import { agoraState } from './state.ts';
import { webhookRoute } from './webhook.ts';

export { ensureIdentity, rtmUserIdFor } from './accounts.ts';
export type { CallRecord } from './calls.ts';
export { type AgoraCapabilities, type AgoraConfig, capabilities, DEFAULT_AGORA_CONFIG, resolveAgoraConfig } from './config.ts';
export { AgoraNotConfiguredError } from './errors.ts';
export { type AgoraMetrics, agoraMetrics } from './metrics.ts';
export type { PushMessage } from './push/worker.ts';
export { PUSHED_EVENTS, pushOverRtm } from './push-events.ts';
export { CallSessionRef } from './refs.ts';
export { rtcToken, rtmToken } from './tokens.ts';
export { signatureV2, verifySignatureV2, WEBHOOK_PATH } from './webhook.ts';

/**
 * Agora: stable RTM/RTC identities per account, tokens, RTM push of every visible event through
 * Agora's REST API (durable, retried, deduplicated), and call sessions confirmed by Agora's
 * webhook. Without credentials it reports "not configured" and the apps use subscriptions only.
 *
 * Settings (`createPlatform({ settings: { agora: { appId, appCertificate, customerKey, … } } })`,
 * all optional; see config.ts). Calls are about care's orders and messaging's conversations (the
 * call record lands in the conversation) when those plugins are installed; their business events
 * are pushed. Another plugin pushes its own events with `on: { 'x.happened': pushOverRtm }`.
 *
 *   query { agoraStatus { configured missing } agoraSession { enabled rtmUserId rtmToken renewAt } }
 *   mutation { startCall(input: { storeId: "…", orderId: "…", purpose: inspection, inviteeIds: ["…"] }) {
 *     ... on CallSession { id channel status } ... on Error { message } } }
 */
export const agoraPlugin = definePlugin({
  name: 'agora',
  requires: ['identity', 'stores'],
  optional: ['messaging', 'care', 'aftercare', 'appointments'],
  state: agoraState,
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
  schema: agoraSchema,
  on: pushHandlers,
  jobs: agoraJobs,
  routes: (runtime) => [webhookRoute(runtime)],
  async setup(runtime) {
    // The safety-net sweep re-enqueues itself every minute (one pending job per database, by key).
    if (agoraState.of(runtime).capabilities.push) await runtime.tx((tx) => scheduleSweep(tx));
  },
});
