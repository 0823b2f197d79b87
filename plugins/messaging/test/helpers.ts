import { randomUUID } from 'node:crypto';
import { globalId, type TestClient } from '@lacewire/testing';

/** The global ids the schema gives a signed-in test account: as an Account, and (customers) as a Customer. */
export const account = (c: { accountId: string }) => globalId('Account', c.accountId);
export const customerOf = (c: { accountId: string }) => globalId('Customer', c.accountId);

export const OPEN = `mutation($input: OpenConversationInput!) { openConversation(input: $input) {
  __typename ... on Conversation { id kind assigneeId lastSeq } ... on Error { message } } }`;

export const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) {
  __typename
  ... on SentMessage { created sentMessage { id seq body kind internal clientMessageId senderId } }
  ... on Error { message }
  ... on TooLarge { limit }
  ... on RateLimited { retryAfterSeconds }
} }`;

export const HISTORY = `query($id: ID!, $before: Int, $after: Int, $around: Int, $aroundMessageId: ID, $limit: Int) { node(id: $id) { ... on Conversation {
  lastSeq unreadCount
  messages(beforeSeq: $before, afterSeq: $after, aroundSeq: $around, aroundMessageId: $aroundMessageId, limit: $limit) {
    hasOlder hasNewer messages { id seq body internal recalled kind senderName }
  } } } }`;

export const EVENTS = `subscription($after: String, $conversationId: ID) { messagingEvents(after: $after, conversationId: $conversationId) {
  __typename
  ... on MessageSentEvent { cursor message { seq body internal conversationId } }
  ... on MessageRecalledEvent { cursor seq }
  ... on ReceiptUpdatedEvent { cursor accountId deliveredSeq readSeq }
  ... on ConversationChangedEvent { cursor change memberId }
  ... on TypingEvent { accountId typing }
} }`;

export async function open(client: TestClient, storeGlobalId: string, customerId?: string) {
  const data = await client.query(OPEN, { input: { storeId: storeGlobalId, ...(customerId ? { customerId } : {}) } });
  if (data.openConversation.__typename !== 'Conversation') throw new Error(JSON.stringify(data));
  return data.openConversation as { id: string; kind: string; assigneeId: string | null; lastSeq: number };
}

export async function send(client: TestClient, conversationId: string, body: string, extra: Record<string, unknown> = {}) {
  const data = await client.query(SEND, {
    input: { conversationId, clientMessageId: randomUUID(), kind: 'text', body, ...extra },
  });
  return data.sendMessage;
}

export async function sendOk(client: TestClient, conversationId: string, body: string, extra: Record<string, unknown> = {}) {
  const result = await send(client, conversationId, body, extra);
  if (result.__typename !== 'SentMessage') throw new Error(JSON.stringify(result));
  return result.sentMessage as { id: string; seq: number; body: string; internal: boolean };
}
