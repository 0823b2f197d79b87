import { z } from 'zod';
import { CALL_PURPOSES } from './entities.ts';

const call = { callId: z.string(), storeId: z.string() };

export const agoraEvents = {
  /** Invitees are rung; their apps show the incoming call (also pushed over RTM). */
  'agora.callInvited': z.object({
    ...call,
    purpose: z.enum(CALL_PURPOSES),
    subjectKind: z.enum(['conversation', 'order']),
    subjectId: z.string(),
    channel: z.string(),
    invitedBy: z.string(),
    inviteeIds: z.array(z.string()),
    ringUntil: z.string(),
  }),
  'agora.callAccepted': z.object({ ...call, accountId: z.string() }),
  'agora.callDeclined': z.object({ ...call, accountId: z.string() }),
  'agora.callMissed': z.object({ ...call, accountIds: z.array(z.string()) }),
  /** A participant is in the channel; `confirmed` once Agora's webhook saw the uid. */
  'agora.callJoined': z.object({ ...call, accountId: z.string(), source: z.enum(['client', 'webhook']) }),
  /** `reason`: Agora's leave reason from the webhook (1 normal, 2 connection timeout, 10 network…), else null. */
  'agora.callLeft': z.object({
    ...call,
    accountId: z.string(),
    source: z.enum(['client', 'webhook']),
    reason: z.number().int().nullable(),
  }),
  'agora.callEnded': z.object({
    ...call,
    status: z.enum(['ended', 'missed', 'declined', 'cancelled']),
    purpose: z.enum(CALL_PURPOSES),
    subjectKind: z.enum(['conversation', 'order']),
    subjectId: z.string(),
    durationSeconds: z.number().int().nullable(),
    endedBy: z.string().nullable(),
  }),
  'agora.callRecordingAttached': z.object({ ...call, url: z.string() }),
  /** A push reached a final state (metrics source). Audience: nobody; it is never pushed itself. */
  'agora.pushSettled': z.object({
    storeId: z.string().nullable(),
    pushId: z.string(),
    eventType: z.string(),
    accountId: z.string(),
    outcome: z.enum(['sent', 'failed']),
    attempts: z.number().int(),
    latencyMs: z.number().nullable(),
  }),
};

type Payloads = { [K in keyof typeof agoraEvents]: z.infer<(typeof agoraEvents)[K]> };
declare module '@lacewire/core' {
  interface EventMap extends Payloads {}
}
