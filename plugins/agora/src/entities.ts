import { randomUUID } from 'node:crypto';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/** An account's Agora identities: created on first use, never changed (no second sign-up). */
export const AgoraAccount = defineEntity({
  name: 'AgoraAccount',
  tableName: 'agora_account',
  properties: {
    accountId: p.uuid().primary(),
    rtmUserId: p.text(),
    rtcUid: p.integer().autoincrement(),
    createdAt: p
      .datetime()
      .onCreate(() => new Date())
      .defaultRaw('now()'),
  },
});
export type IAgoraAccount = InferEntity<typeof AgoraAccount>;

export const CALL_PURPOSES = ['authentication', 'inspection', 'consult', 'acceptance'] as const;
export type CallPurpose = (typeof CALL_PURPOSES)[number];
export const CALL_STATUSES = ['ringing', 'active', 'ended', 'missed', 'declined', 'cancelled'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];
export const PARTICIPANT_STATES = ['invited', 'accepted', 'declined', 'missed', 'joined', 'left'] as const;
export type ParticipantState = (typeof PARTICIPANT_STATES)[number];

/** One call (an RTC channel) started from a conversation or an order. */
export const AgoraCall = defineEntity({
  name: 'AgoraCall',
  tableName: 'agora_call',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    storeId: p.uuid(),
    subjectKind: p.enum(['conversation', 'order'] as const),
    subjectId: p.text(),
    /** The customer the call is with (from the subject, or the customer taking part). */
    customerId: p.uuid().nullable(),
    purpose: p.enum(CALL_PURPOSES),
    channel: p.text(),
    status: p.enum(CALL_STATUSES),
    startedBy: p.uuid(),
    createdAt: p.datetime().onCreate(() => new Date()),
    ringUntil: p.datetime(),
    connectedAt: p.datetime().nullable(),
    endedAt: p.datetime().nullable(),
    endedBy: p.uuid().nullable(),
    durationSeconds: p.integer().nullable(),
    recordingUrl: p.text().nullable(),
  },
});
export type IAgoraCall = InferEntity<typeof AgoraCall>;

export const AgoraCallParticipant = defineEntity({
  name: 'AgoraCallParticipant',
  tableName: 'agora_call_participant',
  properties: {
    callId: p.uuid().primary(),
    accountId: p.uuid().primary(),
    rtcUid: p.integer(),
    role: p.enum(['publisher', 'subscriber'] as const),
    state: p.enum(PARTICIPANT_STATES),
    invitedAt: p.datetime().onCreate(() => new Date()),
    answeredAt: p.datetime().nullable(),
    joinedAt: p.datetime().nullable(),
    leftAt: p.datetime().nullable(),
    /** Agora's webhook saw this uid join / leave the channel. */
    joinConfirmedAt: p.datetime().nullable(),
    leaveConfirmedAt: p.datetime().nullable(),
  },
});
export type IAgoraCallParticipant = InferEntity<typeof AgoraCallParticipant>;
