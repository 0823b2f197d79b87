import type { Runtime, Tx } from '@lacewire/core';
import { getOrder } from '@lacewire/plugin-care';
import { findConversation, postSystemMessage } from '@lacewire/plugin-messaging';
import type { CallHooks, CallRecord, SubjectResolver } from './calls.ts';
import { callRecordText } from './messages.ts';

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

/** The call record lands in the customer's conversation with the store (a `call` message). */
export async function recordCallInMessaging(tx: Tx, record: CallRecord): Promise<void> {
  if (!record.customerId) return;
  const { body, text } = callRecordText(record);
  await postSystemMessage(tx, {
    storeId: record.storeId,
    customerId: record.customerId,
    kind: 'call',
    body,
    durationSeconds: record.durationSeconds,
    linkKind: record.subjectKind === 'order' ? 'order' : null,
    linkId: record.subjectKind === 'order' ? record.subjectId : null,
    meta: { callId: record.callId, purpose: record.purpose, status: record.status, recordingUrl: record.recordingUrl, text },
  });
}

/**
 * What calls can be about on this platform: orders when care is installed, conversations (and
 * their call records) when messaging is.
 */
export function callHooksFor(runtime: Runtime): CallHooks {
  return {
    subjects: {
      ...(runtime.has('care') ? { order: orderSubject } : {}),
      ...(runtime.has('messaging') ? { conversation: conversationSubject } : {}),
    },
    ...(runtime.has('messaging') ? { recordCall: recordCallInMessaging } : {}),
  };
}
