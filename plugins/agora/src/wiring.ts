import type { Tx } from '@lacewire/core';
import { getOrder } from '@lacewire/plugin-care';
import { findConversation, postSystemMessage } from '@lacewire/plugin-messaging';
import type { CallHooks, CallRecord, SubjectResolver } from './calls.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Orders of the care plugin: their store and customer. */
export const orderSubject: SubjectResolver = async (em, id) => {
  if (!UUID.test(id)) return null; // a malformed id would abort the transaction
  try {
    const order = await getOrder(em, id);
    return { storeId: order.storeId, customerId: order.customerId };
  } catch {
    return null;
  }
};

/** Conversations of the messaging plugin: their store and customer (if any). */
export const conversationSubject: SubjectResolver = async (em, id) => {
  if (!UUID.test(id)) return null;
  const conversation = await findConversation(em, id);
  return conversation ? { storeId: conversation.storeId, customerId: conversation.customerId } : null;
};

const PURPOSE: Record<CallRecord['purpose'], string> = {
  authentication: '鉴定',
  inspection: '验鞋',
  consult: '咨询',
  acceptance: '验收',
};

export function callRecordText(record: CallRecord): string {
  const what = `视频通话（${PURPOSE[record.purpose]}）`;
  if (record.status === 'missed') return `未接${what}`;
  if (record.status === 'declined') return `${what}已拒绝`;
  if (record.status === 'cancelled') return `${what}已取消`;
  const s = record.durationSeconds ?? 0;
  return `${what} · 时长 ${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** The call record lands in the customer's conversation with the store (a `call` message). */
export async function recordCallInMessaging(tx: Tx, record: CallRecord): Promise<void> {
  if (!record.customerId) return;
  await postSystemMessage(tx, {
    storeId: record.storeId,
    customerId: record.customerId,
    kind: 'call',
    body: callRecordText(record),
    durationSeconds: record.durationSeconds,
    linkKind: record.subjectKind === 'order' ? 'order' : null,
    linkId: record.subjectKind === 'order' ? record.subjectId : null,
    meta: { callId: record.callId, purpose: record.purpose, status: record.status, recordingUrl: record.recordingUrl },
  });
}

/**
 * The integration hooks for the plugins that are installed (by name): orders from care,
 * conversations and call records from messaging. Pass the result to agoraPlugin.
 */
export function agoraHooksFor(plugins: readonly { name: string }[]): CallHooks {
  const names = new Set(plugins.map((p) => p.name));
  const hooks: CallHooks = { subjects: {} };
  if (names.has('care')) hooks.subjects!.order = orderSubject;
  if (names.has('messaging')) {
    hooks.subjects!.conversation = conversationSubject;
    hooks.recordCall = recordCallInMessaging;
  }
  return hooks;
}
