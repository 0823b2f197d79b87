import { gql } from '@urql/core';
import type { Cache } from '@urql/exchange-graphcache';
import { globalId, localId } from '../ids.ts';
import type { AppliedEvent, Appliers, ApplyContext } from './apply.ts';
import { edit, fieldOf, writeFields } from './edit.ts';
import { type ListRules, listsCouldHold, placeInLists } from './lists.ts';
import {
  cachedMessages,
  linkMessage,
  MESSAGE,
  MESSAGE_FIELDS,
  type MessagePayload,
  messageKey,
  missingFor,
  writeMessage,
} from './messages.ts';
import { refreshStale } from './stale.ts';

/**
 * A conversation as the apps show it, without its history (inbox and conversation lists, a
 * thread's head, read marks): what an event changes that its payload does not carry.
 */
export const CONVERSATION_CARD = gql`
  query LacewireConversation($id: ID!) {
    node(id: $id) {
      __typename
      ... on Conversation {
        id
        kind
        title
        customerId
        customerName
        workOrderId
        technicianId
        assigneeId
        assigneeName
        isMember
        lastSeq
        lastMessageAt
        waitingSince
        unreadCount
        myReadSeq
        myDeliveredSeq
        store {
          id
          name
          timeZone
        }
        members {
          accountId
          displayName
          role
          readSeq
          deliveredSeq
        }
        lastMessage {
          ...LacewireMessage
        }
      }
    }
  }
  ${MESSAGE_FIELDS}
`;

/** What decides a conversation's place in the viewer's lists (undefined: the cache does not hold it); ids as the schema gives them. */
interface ConversationFacts {
  storeId: string;
  /** The viewer's account (global id). */
  me: string | null;
  kind: string | undefined;
  customerId: string | null | undefined;
  assigneeId: string | null | undefined;
  waiting: boolean | undefined;
  /** False once the viewer left a members-only conversation. */
  visible: boolean;
}

/** The viewer's conversations (`conversations`), newest activity first, filtered as the server filters them. */
const LISTS: ListRules<ConversationFacts> = {
  conversations: {
    at: 'front',
    belongs(args, c) {
      if (!c.visible) return false;
      if (args.storeId && localId(String(args.storeId)) !== c.storeId) return false;
      const checks: [unknown, unknown, unknown][] = [
        [args.kind, c.kind, args.kind],
        [args.customerId, c.customerId, args.customerId],
        [args.assignedToMe, c.assigneeId, c.me ?? undefined],
        [args.unassigned, c.assigneeId, null],
        [args.waiting, c.waiting, true],
      ];
      let known = true;
      for (const [asked, actual, wanted] of checks) {
        if (!asked) continue;
        if (actual === undefined || wanted === undefined) known = false;
        else if (actual !== wanted) return false;
      }
      return known ? true : undefined;
    },
  },
};

const conversationId = (id: string) => globalId('Conversation', id);
/** An account's global id, as members, senders and assignees carry it, from an event's local one. */
const accountId = (id: string) => globalId('Account', id);
const keyOf = (cache: Cache, id: string) => cache.keyOfEntity({ __typename: 'Conversation', id: conversationId(id) }) as string;
const cached = (cache: Cache, key: string) => cache.inspectFields(key).length > 0;

function factsOf(cache: Cache, key: string, storeId: string, me: string | null, visible = true): ConversationFacts {
  const waiting = cache.resolve(key, 'waitingSince') as string | null | undefined;
  return {
    storeId,
    me: me && accountId(me),
    kind: cache.resolve(key, 'kind') as string | undefined,
    customerId: cache.resolve(key, 'customerId') as string | null | undefined,
    assigneeId: cache.resolve(key, 'assigneeId') as string | null | undefined,
    waiting: waiting === undefined ? undefined : waiting !== null,
    visible,
  };
}

/** Whether a cached conversation list could hold a conversation of this store (a new one is worth fetching). */
const listsFor = (cache: Cache, storeId: string) =>
  listsCouldHold(cache, 'Query', LISTS, (f) => !f.arguments?.storeId || localId(String(f.arguments.storeId)) === storeId);

/** Whether the viewer is a member (their unread counts count it); undefined: not known. */
function isMember(cache: Cache, key: string, context: ApplyContext): boolean | undefined {
  // Conversation events reach a customer only in their own conversations.
  if (context.viewer === 'customer') return true;
  const member = cache.resolve(key, 'isMember');
  if (typeof member === 'boolean') return member;
  const readSeq = cache.resolve(key, 'myReadSeq');
  if (readSeq !== undefined) return readSeq !== null;
  const me = context.me();
  const members = cache.resolve(key, 'members');
  if (!me || !Array.isArray(members)) return undefined;
  return (members as string[]).some((m) => cache.resolve(m, 'accountId') === accountId(me));
}

/** Moves the viewer's unread total (`unreadMessageCount`) by `delta`, or asks for it again when the change is not known. */
function moveUnreadTotal(cache: Cache, delta: number | undefined): void {
  if (delta === undefined) cache.invalidate('Query', 'unreadMessageCount');
  else if (delta !== 0)
    edit(cache, 'Query', fieldOf('unreadMessageCount'), '', (n) => (typeof n === 'number' ? Math.max(0, n + delta) : undefined));
}

/** A member's (local account id) read and delivered positions in the cached member list (false: the member is not in it). */
function moveMember(cache: Cache, key: string, member: string, readSeq: number, deliveredSeq: number): boolean {
  let found = false;
  edit(cache, key, fieldOf('members'), 'accountId readSeq deliveredSeq', (members) => {
    if (!Array.isArray(members)) return undefined;
    return members.map((m) => {
      if (m.accountId !== accountId(member)) return m;
      found = true;
      return { ...m, readSeq: Math.max(m.readSeq, readSeq), deliveredSeq: Math.max(m.deliveredSeq, deliveredSeq) };
    });
  });
  return found || !cache.inspectFields(key).some((f) => f.fieldName === 'members');
}

/** Brings the conversation's other fields with one small query when a screen shows them (true: fetching). */
function refreshCard(cache: Cache, key: string, id: string, stale: string[], event: AppliedEvent, context: ApplyContext) {
  return refreshStale(cache, key, stale, context, () =>
    context.fetchEntity(CONVERSATION_CARD, { id: conversationId(id) }, event),
  );
}

/**
 * `message.sent`: the message written from its payload (or fetched alone when a screen shows
 * what the payload lacks) and put last in its conversation's newest pages; the conversation's
 * last message, activity, sequence, waiting clock, unread counts and the sender's read mark
 * updated; the conversation moved to the front of the lists it belongs to.
 */
function applySent(event: AppliedEvent, cache: Cache, context: ApplyContext): void {
  const m = event.payload?.message as MessagePayload | undefined;
  if (!m?.conversationId) return;
  const key = keyOf(cache, m.conversationId);
  const storeId = String(event.payload.storeId);
  const me = context.me();
  if (event.refetched) {
    showMessage(cache, key, m, [], event, context);
    return;
  }

  const fromMe = me === null ? undefined : m.senderId === me;
  const member = isMember(cache, key, context);
  const unread = cache.resolve(key, 'unreadCount') as number | undefined;
  // Sending marks everything before it read (the server moves the sender's read mark to it).
  if (fromMe) moveUnreadTotal(cache, unread === undefined ? undefined : -unread);
  else if (fromMe === false) moveUnreadTotal(cache, member === undefined ? undefined : member ? 1 : 0);
  else moveUnreadTotal(cache, undefined);

  if (!cached(cache, key)) {
    if (listsFor(cache, storeId)) context.fetchEntity(CONVERSATION_CARD, { id: conversationId(m.conversationId) }, event);
    return;
  }
  const stale: string[] = [];
  // A customer's global id holds their account's id.
  const customerId = cache.resolve(key, 'customerId') as string | null | undefined;
  const turn = !m.senderId
    ? 'none'
    : customerId === undefined
      ? undefined
      : customerId && localId(customerId) === m.senderId
        ? 'customer'
        : 'staff';
  const waitingSince = cache.resolve(key, 'waitingSince') as string | null | undefined;
  if (turn === undefined) stale.push('waitingSince');
  if (fromMe === undefined || (!fromMe && member === undefined)) stale.push('unreadCount');
  writeFields(cache, 'Conversation', conversationId(m.conversationId), {
    lastMessageAt: m.createdAt,
    lastSeq: Math.max((cache.resolve(key, 'lastSeq') as number | undefined) ?? 0, m.seq),
    waitingSince: turn === 'customer' ? (waitingSince ?? m.createdAt) : turn === 'staff' && !m.internal ? null : undefined,
    unreadCount: fromMe
      ? 0
      : fromMe === false && member !== undefined && unread !== undefined
        ? unread + (member ? 1 : 0)
        : undefined,
    myReadSeq: fromMe ? m.seq : undefined,
    myDeliveredSeq: fromMe ? m.seq : undefined,
  });
  if (m.senderId && !moveMember(cache, key, m.senderId, m.seq, m.seq)) stale.push('members');

  const unknown = writeMessage(cache, key, m, me);
  if (!refreshCard(cache, key, m.conversationId, stale, event, context)) showMessage(cache, key, m, unknown, event, context);
}

/**
 * Puts the message last in its conversation and the conversation first in its lists — or first
 * fetches the message alone when the lists on screen need more of it than the cache holds.
 */
function showMessage(
  cache: Cache,
  key: string,
  m: MessagePayload,
  unknown: string[],
  event: AppliedEvent,
  context: ApplyContext,
) {
  const message = messageKey(cache, m.id);
  if (missingFor(cache, key, message, unknown, context).length && event.fetched !== 'LacewireMessage') {
    context.fetchEntity(MESSAGE, { id: globalId('Message', m.id) }, event);
    return;
  }
  linkMessage(cache, key, message, m.seq);
  const facts = factsOf(cache, key, String(event.payload.storeId), context.me());
  // A list it joins (waiting, mine) shows more of it than the cache holds: its card first.
  if (!placeInLists(cache, 'Query', key, LISTS, facts, { toFront: true, whole: !event.refetched }))
    context.fetchEntity(CONVERSATION_CARD, { id: conversationId(m.conversationId) }, event);
}

/** `message.recalled`: the message loses its content; an unread one stops counting. */
function applyRecalled(event: AppliedEvent, cache: Cache, context: ApplyContext): void {
  const p = event.payload ?? {};
  if (!p.messageId || !p.conversationId || event.refetched) return;
  const key = keyOf(cache, String(p.conversationId));
  const message = messageKey(cache, String(p.messageId));
  const me = context.me();
  const senderId = cache.resolve(message, 'senderId') as string | null | undefined;
  const fromMe =
    senderId !== undefined && me !== null
      ? senderId === accountId(me)
      : (cache.resolve(message, 'fromMe') as boolean | undefined);
  const readSeq = cache.resolve(key, 'myReadSeq') as number | null | undefined;
  const wasUnread =
    fromMe === undefined || readSeq === undefined ? undefined : !fromMe && readSeq !== null && Number(p.seq) > readSeq;
  moveUnreadTotal(cache, wasUnread === undefined ? undefined : wasUnread ? -1 : 0);
  if (cached(cache, message))
    writeFields(cache, 'Message', globalId('Message', String(p.messageId)), {
      body: null,
      attachmentId: null,
      attachment: null,
      link: null,
      meta: null,
      recalled: true,
      recalledAt: event.at,
    });
  if (!cached(cache, key)) return;
  const unread = cache.resolve(key, 'unreadCount') as number | undefined;
  if (wasUnread && unread !== undefined)
    writeFields(cache, 'Conversation', conversationId(String(p.conversationId)), { unreadCount: Math.max(0, unread - 1) });
  refreshCard(cache, key, String(p.conversationId), wasUnread === undefined ? ['unreadCount'] : [], event, context);
}

/** `conversation.receiptUpdated`: the member's read and delivered marks; the viewer's own unread counts. */
function applyReceipt(event: AppliedEvent, cache: Cache, context: ApplyContext): void {
  const p = event.payload ?? {};
  if (!p.conversationId || event.refetched) return;
  const key = keyOf(cache, String(p.conversationId));
  const readSeq = Number(p.readSeq);
  const stale: string[] = [];
  if (cached(cache, key) && !moveMember(cache, key, String(p.accountId), readSeq, Number(p.deliveredSeq))) stale.push('members');
  if (p.accountId === context.me()) {
    const lastSeq = cache.resolve(key, 'lastSeq') as number | undefined;
    const unread = cache.resolve(key, 'unreadCount') as number | undefined;
    // Read up to the last message: nothing is unread. Part of the way: only the server can count.
    const allRead = lastSeq !== undefined && readSeq >= lastSeq;
    moveUnreadTotal(cache, allRead && unread !== undefined ? -unread : undefined);
    if (cached(cache, key)) {
      writeFields(cache, 'Conversation', conversationId(String(p.conversationId)), {
        myReadSeq: Math.max((cache.resolve(key, 'myReadSeq') as number | null) ?? 0, readSeq),
        myDeliveredSeq: Math.max((cache.resolve(key, 'myDeliveredSeq') as number | null) ?? 0, Number(p.deliveredSeq)),
        unreadCount: allRead ? 0 : undefined,
      });
      if (!allRead) stale.push('unreadCount');
    }
  }
  if (cached(cache, key)) refreshCard(cache, key, String(p.conversationId), stale, event, context);
}

/**
 * A new conversation, a member joining or leaving, an assignment: what the payload says written
 * (the assignee), the rest of the conversation's card fetched alone when a screen shows it, and
 * the conversation placed in the lists (a new one fetched first when a list could hold it).
 */
function applyMembership(event: AppliedEvent, cache: Cache, context: ApplyContext): void {
  const p = event.payload ?? {};
  if (!p.conversationId || !p.storeId) return;
  const id = String(p.conversationId);
  const key = keyOf(cache, id);
  const me = context.me();
  const storeId = String(p.storeId);
  const mine = p.accountId === me;
  if (event.type === 'conversation.memberLeft' && mine && ['staffGroup', 'vip'].includes(String(cache.resolve(key, 'kind')))) {
    // No longer the viewer's: out of every list (its card would not be answered).
    placeInLists(cache, 'Query', key, LISTS, factsOf(cache, key, storeId, me, false));
    return;
  }
  if (event.refetched) {
    if (cached(cache, key)) placeInLists(cache, 'Query', key, LISTS, factsOf(cache, key, storeId, me));
    return;
  }
  if (!cached(cache, key)) {
    if (listsFor(cache, storeId)) context.fetchEntity(CONVERSATION_CARD, { id: conversationId(id) }, event);
    return;
  }
  if (mine) moveUnreadTotal(cache, undefined);
  if (event.type === 'conversation.assigned')
    writeFields(cache, 'Conversation', conversationId(id), { assigneeId: p.assigneeId ? accountId(String(p.assigneeId)) : null });
  const stale =
    event.type === 'conversation.assigned'
      ? ['assigneeName']
      : ['members', 'isMember', ...(mine ? ['unreadCount', 'myReadSeq', 'myDeliveredSeq'] : [])];
  if (refreshCard(cache, key, id, stale, event, context)) return;
  if (!placeInLists(cache, 'Query', key, LISTS, factsOf(cache, key, storeId, me), { whole: true }))
    context.fetchEntity(CONVERSATION_CARD, { id: conversationId(id) }, event);
}

/**
 * After `sendMessage`: the sender's own message goes into its conversation at once (the
 * mutation's answer carries it), before its event arrives.
 */
export function linkSentMessage(result: any, args: any, cache: Cache): void {
  const sent = result?.sendMessage?.sentMessage;
  const id = args?.input?.conversationId;
  if (!sent?.id || typeof id !== 'string' || typeof sent.seq !== 'number') return;
  const key = cache.keyOfEntity({ __typename: 'Conversation', id }) as string;
  const message = cache.keyOfEntity({ __typename: 'Message', id: sent.id }) as string;
  const neighbours = cachedMessages(cache, key).filter((k) => k !== message);
  const has = new Set(cache.inspectFields(message).map((f) => f.fieldKey));
  // Only a message with everything its neighbours show (the app's mutation asks for it).
  if (neighbours.some((n) => cache.inspectFields(n).some((f) => !has.has(f.fieldKey)))) return;
  linkMessage(cache, key, message, sent.seq);
}

export const conversationAppliers: Appliers = {
  'message.sent': applySent,
  'message.recalled': applyRecalled,
  'conversation.receiptUpdated': applyReceipt,
  'conversation.created': applyMembership,
  'conversation.memberJoined': applyMembership,
  'conversation.memberLeft': applyMembership,
  'conversation.assigned': applyMembership,
};
