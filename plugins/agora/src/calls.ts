import { randomUUID } from 'node:crypto';
import {
  ConflictError,
  globalId,
  hasStoreRole,
  InvalidInputError,
  NotAllowedError,
  NotFoundError,
  type Tx,
  type Viewer,
} from '@lacewire/core';
import { accountsByIds, membersOf } from '@lacewire/plugin-identity';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ensureIdentity } from './accounts.ts';
import type { AgoraConfig } from './config.ts';
import { AgoraCall, AgoraCallParticipant, type CallPurpose, type IAgoraCall, type IAgoraCallParticipant } from './entities.ts';

export type SubjectKind = 'conversation' | 'order';

/** Who a conversation or an order belongs to; provided by the plugins that own them. */
export interface SubjectInfo {
  storeId: string;
  customerId: string | null;
}
export type SubjectResolver = (em: EntityManager, id: string) => Promise<SubjectInfo | null>;

/** A finished call as the conversation's call record shows it. */
export interface CallRecord {
  callId: string;
  storeId: string;
  subjectKind: SubjectKind;
  subjectId: string;
  /** The customer of the call (the conversation's / order's customer), when there is one. */
  customerId: string | null;
  purpose: CallPurpose;
  status: 'ended' | 'missed' | 'declined' | 'cancelled';
  startedBy: string;
  participantIds: string[];
  startedAt: Date;
  endedAt: Date;
  durationSeconds: number | null;
  recordingUrl: string | null;
}

/** What calls are about on this platform (see wiring.ts), given the installed plugins. */
export interface CallHooks {
  /** Looks up a conversation / order: checks store and customer of a new call. */
  subjects?: Partial<Record<SubjectKind, SubjectResolver>>;
  /** Writes the call record into the conversation (messaging plugin), in the call's transaction. */
  recordCall?: (tx: Tx, record: CallRecord) => Promise<void>;
}

export const RING_JOB = 'agora.ringTimeout';
const ringKey = (callId: string) => `agora-ring:${callId}`;

export interface StartCallInput {
  storeId: string;
  subjectKind: SubjectKind;
  subjectId: string;
  purpose: CallPurpose;
  inviteeIds: string[];
  observerIds?: string[];
}

async function lockCall(tx: Tx, callId: string): Promise<IAgoraCall> {
  const call = await tx.em.findOne(AgoraCall, { id: callId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  if (!call) throw new NotFoundError('The call');
  return call;
}

/** Participants in invitation order. `refresh` reloads from the database (never inside a write: it drops unflushed changes). */
export async function participantsOf(em: EntityManager, callId: string, refresh = false): Promise<IAgoraCallParticipant[]> {
  return em.find(AgoraCallParticipant, { callId }, { orderBy: { invitedAt: 'asc', accountId: 'asc' }, refresh });
}

/** Participants and store staff may see a call. */
export async function canSeeCall(em: EntityManager, viewer: Viewer | null, call: IAgoraCall): Promise<boolean> {
  if (!viewer) return false;
  if (hasStoreRole(viewer, call.storeId)) return true;
  return (await em.count(AgoraCallParticipant, { callId: call.id, accountId: viewer.accountId })) > 0;
}

export async function startCall(
  tx: Tx,
  viewer: Viewer,
  input: StartCallInput,
  config: AgoraConfig,
  hooks: CallHooks,
): Promise<IAgoraCall> {
  const { em } = tx;
  const resolver = hooks.subjects?.[input.subjectKind];
  if (!resolver) {
    const [owner, field] = input.subjectKind === 'order' ? ['care', 'orderId'] : ['messaging', 'conversationId'];
    throw new InvalidInputError(
      `Calls about a ${input.subjectKind} need the ${owner} plugin, which this server does not run.`,
      field,
    );
  }
  const subject = await resolver(em, input.subjectId);
  if (!subject) throw new NotFoundError(input.subjectKind === 'order' ? 'The order' : 'The conversation');
  if (subject.storeId !== input.storeId) {
    throw new InvalidInputError(`This ${input.subjectKind} belongs to another store.`, 'storeId');
  }
  const callerIsStaff = hasStoreRole(viewer, input.storeId);
  const callerIsCustomer = !!viewer.customerId && subject.customerId === viewer.customerId;
  if (!callerIsStaff && !callerIsCustomer) throw new NotAllowedError('Only the store and its customer can start this call.');

  const invitees = [...new Set(input.inviteeIds)].filter((id) => id !== viewer.accountId);
  const observers = [...new Set(input.observerIds ?? [])].filter((id) => id !== viewer.accountId && !invitees.includes(id));
  if (invitees.length === 0) throw new InvalidInputError('Invite at least one other person.', 'inviteeIds');
  if (invitees.length + observers.length > 16) throw new InvalidInputError('At most 16 people per call.', 'inviteeIds');
  const staffIds = new Set((await membersOf(em, input.storeId)).map((m) => m.accountId));
  const accounts = await accountsByIds(em, [...invitees, ...observers]);
  for (const [i, account] of accounts.entries()) {
    const id = [...invitees, ...observers][i];
    if (!account || account.disabled)
      throw new InvalidInputError(`Account ${globalId('Account', id)} does not exist.`, 'inviteeIds');
    if (staffIds.has(id)) continue;
    const isObserver = i >= invitees.length;
    // Customers: only the subject's customer, and only by staff.
    const customerOk =
      !isObserver && account.kind === 'customer' && callerIsStaff && (subject.customerId === null || subject.customerId === id);
    if (!customerOk) throw new NotAllowedError('Only staff of this store and the customer of this case can be invited.');
  }

  const customerId = subject.customerId ?? viewer.customerId ?? invitees.find((_, i) => accounts[i]?.kind === 'customer') ?? null;
  const callerIdentity = await ensureIdentity(em, viewer.accountId);
  const id = randomUUID();
  const now = new Date();
  const call = em.create(AgoraCall, {
    id,
    storeId: input.storeId,
    subjectKind: input.subjectKind,
    subjectId: input.subjectId,
    customerId,
    purpose: input.purpose,
    channel: `lwcall_${id.replace(/-/g, '')}`,
    status: 'ringing',
    startedBy: viewer.accountId,
    createdAt: now,
    ringUntil: new Date(now.getTime() + config.ringSeconds * 1000),
  });
  em.create(AgoraCallParticipant, {
    callId: id,
    accountId: viewer.accountId,
    rtcUid: callerIdentity.rtcUid,
    role: 'publisher',
    state: 'accepted',
    answeredAt: now,
  });
  for (const [list, role] of [
    [invitees, 'publisher'],
    [observers, 'subscriber'],
  ] as const) {
    for (const accountId of list) {
      const identity = await ensureIdentity(em, accountId);
      em.create(AgoraCallParticipant, { callId: id, accountId, rtcUid: identity.rtcUid, role, state: 'invited' });
    }
  }
  tx.emit(
    'agora.callInvited',
    {
      callId: id,
      storeId: call.storeId,
      purpose: call.purpose,
      subjectKind: call.subjectKind,
      subjectId: call.subjectId,
      channel: call.channel,
      invitedBy: viewer.accountId,
      inviteeIds: [...invitees, ...observers],
      ringUntil: call.ringUntil.toISOString(),
    },
    { accounts: [viewer.accountId, ...invitees, ...observers] },
  );
  await tx.enqueue(RING_JOB, { callId: id }, { runAt: call.ringUntil, key: ringKey(id) });
  return call;
}

async function participantFor(tx: Tx, callId: string, accountId: string) {
  const participant = await tx.em.findOne(AgoraCallParticipant, { callId, accountId });
  if (!participant) throw new NotAllowedError('You are not part of this call.');
  return participant;
}

const audienceOf = async (tx: Tx, callId: string) => ({
  accounts: (await participantsOf(tx.em, callId)).map((p) => p.accountId),
});

const isOpen = (call: IAgoraCall) => call.status === 'ringing' || call.status === 'active';

export async function acceptCall(tx: Tx, viewer: Viewer, callId: string): Promise<IAgoraCall> {
  const call = await lockCall(tx, callId);
  const me = await participantFor(tx, callId, viewer.accountId);
  if (!isOpen(call)) throw new ConflictError('This call is over.');
  if (me.state !== 'invited') throw new ConflictError(`You already answered (${me.state}).`);
  me.state = 'accepted';
  me.answeredAt = new Date();
  if (call.status === 'ringing') call.status = 'active';
  tx.emit('agora.callAccepted', { callId, storeId: call.storeId, accountId: viewer.accountId }, await audienceOf(tx, callId));
  return call;
}

export async function declineCall(tx: Tx, viewer: Viewer, callId: string, hooks: CallHooks): Promise<IAgoraCall> {
  const call = await lockCall(tx, callId);
  const me = await participantFor(tx, callId, viewer.accountId);
  if (!isOpen(call)) throw new ConflictError('This call is over.');
  if (me.state !== 'invited') throw new ConflictError(`You already answered (${me.state}).`);
  me.state = 'declined';
  me.answeredAt = new Date();
  tx.emit('agora.callDeclined', { callId, storeId: call.storeId, accountId: viewer.accountId }, await audienceOf(tx, callId));
  await tx.em.flush();
  const others = (await participantsOf(tx.em, callId)).filter((p) => p.accountId !== call.startedBy);
  if (others.every((p) => p.state === 'declined' || p.state === 'missed')) await finishCall(tx, call, 'declined', null, hooks);
  return call;
}

/** Ring timeout (durable job): whoever has not answered missed the call. */
export async function ringTimeout(tx: Tx, callId: string, hooks: CallHooks): Promise<void> {
  const call = await tx.em.findOne(AgoraCall, { id: callId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!call || !isOpen(call)) return;
  const parts = await participantsOf(tx.em, callId);
  const missed = parts.filter((p) => p.state === 'invited');
  for (const p of missed) p.state = 'missed';
  if (missed.length > 0) {
    tx.emit(
      'agora.callMissed',
      { callId, storeId: call.storeId, accountIds: missed.map((p) => p.accountId) },
      {
        accounts: parts.map((p) => p.accountId),
      },
    );
  }
  if (call.status === 'ringing') await finishCall(tx, call, 'missed', null, hooks);
}

/** A participant is in the channel (reported by its app, or confirmed by Agora's webhook). */
export async function markJoined(tx: Tx, call: IAgoraCall, me: IAgoraCallParticipant, source: 'client' | 'webhook') {
  if (!isOpen(call)) throw new ConflictError('This call is over.');
  if (me.state === 'invited' || me.state === 'declined' || me.state === 'missed') {
    if (source === 'client') throw new ConflictError('Accept the call before joining.');
    me.state = 'accepted'; // Agora saw the uid in the channel: it did answer.
  }
  const now = new Date();
  const changed = me.state !== 'joined';
  if (source === 'webhook') me.joinConfirmedAt ??= now;
  me.state = 'joined';
  me.joinedAt ??= now;
  me.leftAt = null;
  await tx.em.flush();
  const inChannel = (await participantsOf(tx.em, call.id)).filter((p) => p.state === 'joined');
  if (inChannel.length >= 2 && !call.connectedAt) call.connectedAt = now;
  if (call.status === 'ringing') call.status = 'active';
  if (changed) {
    tx.emit(
      'agora.callJoined',
      { callId: call.id, storeId: call.storeId, accountId: me.accountId, source },
      await audienceOf(tx, call.id),
    );
  }
}

export async function markLeft(
  tx: Tx,
  call: IAgoraCall,
  me: IAgoraCallParticipant,
  source: 'client' | 'webhook',
  hooks: CallHooks,
  reason: number | null = null,
) {
  const now = new Date();
  if (source === 'webhook') me.leaveConfirmedAt ??= now;
  if (me.state !== 'joined') return;
  me.state = 'left';
  me.leftAt = now;
  tx.emit(
    'agora.callLeft',
    { callId: call.id, storeId: call.storeId, accountId: me.accountId, source, reason },
    await audienceOf(tx, call.id),
  );
  await tx.em.flush();
  const parts = await participantsOf(tx.em, call.id);
  // Everyone who was in has left, and nobody is still ringing: the call is over.
  if (isOpen(call) && call.connectedAt && !parts.some((p) => p.state === 'joined' || p.state === 'invited')) {
    await finishCall(tx, call, 'ended', null, hooks);
  }
}

export async function reportJoined(tx: Tx, viewer: Viewer, callId: string) {
  const call = await lockCall(tx, callId);
  await markJoined(tx, call, await participantFor(tx, callId, viewer.accountId), 'client');
  return call;
}

export async function reportLeft(tx: Tx, viewer: Viewer, callId: string, hooks: CallHooks) {
  const call = await lockCall(tx, callId);
  await markLeft(tx, call, await participantFor(tx, callId, viewer.accountId), 'client', hooks);
  return call;
}

export async function endCall(tx: Tx, viewer: Viewer, callId: string, hooks: CallHooks) {
  const call = await lockCall(tx, callId);
  const isParticipant = (await tx.em.count(AgoraCallParticipant, { callId, accountId: viewer.accountId })) > 0;
  if (!isParticipant && !hasStoreRole(viewer, call.storeId, ['storeAdmin']))
    throw new NotAllowedError('You are not part of this call.');
  if (!isOpen(call)) throw new ConflictError('This call is already over.');
  await finishCall(tx, call, call.connectedAt ? 'ended' : 'cancelled', viewer.accountId, hooks);
  return call;
}

export async function finishCall(
  tx: Tx,
  call: IAgoraCall,
  status: CallRecord['status'],
  endedBy: string | null,
  hooks: CallHooks,
): Promise<void> {
  const now = new Date();
  call.status = status;
  call.endedAt = now;
  call.endedBy = endedBy;
  call.durationSeconds = call.connectedAt ? Math.max(0, Math.round((now.getTime() - call.connectedAt.getTime()) / 1000)) : null;
  const parts = await participantsOf(tx.em, call.id);
  for (const p of parts) {
    if (p.state === 'joined') {
      p.state = 'left';
      p.leftAt = now;
    }
    if (p.state === 'invited') p.state = 'missed';
  }
  await tx.dequeue(ringKey(call.id));
  tx.emit(
    'agora.callEnded',
    {
      callId: call.id,
      storeId: call.storeId,
      status,
      purpose: call.purpose,
      subjectKind: call.subjectKind,
      subjectId: call.subjectId,
      durationSeconds: call.durationSeconds ?? null,
      endedBy,
    },
    { accounts: parts.map((p) => p.accountId) },
  );
  await hooks.recordCall?.(tx, {
    callId: call.id,
    storeId: call.storeId,
    subjectKind: call.subjectKind,
    subjectId: call.subjectId,
    customerId: call.customerId ?? null,
    purpose: call.purpose,
    status,
    startedBy: call.startedBy,
    participantIds: parts.map((p) => p.accountId),
    startedAt: call.createdAt,
    endedAt: now,
    durationSeconds: call.durationSeconds ?? null,
    recordingUrl: call.recordingUrl ?? null,
  });
}

export async function attachRecording(tx: Tx, viewer: Viewer, callId: string, url: string) {
  const call = await lockCall(tx, callId);
  const me = await tx.em.findOne(AgoraCallParticipant, { callId, accountId: viewer.accountId });
  if (!hasStoreRole(viewer, call.storeId) && me?.role !== 'publisher') throw new NotAllowedError();
  call.recordingUrl = url;
  tx.emit('agora.callRecordingAttached', { callId, storeId: call.storeId, url }, await audienceOf(tx, callId));
  return call;
}

/** Participants who answered may have an RTC token while the call is open. */
export async function tokenParticipant(em: EntityManager, viewer: Viewer, callId: string) {
  const call = await em.findOne(AgoraCall, { id: callId }, { refresh: true });
  if (!call) throw new NotFoundError('The call');
  const me = await em.findOne(AgoraCallParticipant, { callId, accountId: viewer.accountId }, { refresh: true });
  if (!me) throw new NotAllowedError('Only participants of the call get a token.');
  if (!isOpen(call)) throw new ConflictError('This call is over.');
  if (me.state !== 'accepted' && me.state !== 'joined' && me.state !== 'left') throw new ConflictError('Accept the call first.');
  return { call, participant: me };
}
