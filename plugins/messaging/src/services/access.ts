import { type Audience, hasStoreRole, NotFoundError, rows, type StaffRole, sql, type Viewer } from '@lacewire/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { NotMemberError } from '../errors.ts';
import { CONVERSATION_COLUMNS, type ConversationRow, MEMBER_COLUMNS, type MemberRow, toConversation, toMember } from './rows.ts';

/** Store roles that work the customer inbox: they see every customer and order conversation of their store. */
export const INBOX_ROLES: StaffRole[] = ['clerk', 'storeAdmin'];

/** Customer and order conversations belong to the store's inbox; groups and VIP channels are members-only. */
export function isInboxKind(conversation: Pick<ConversationRow, 'kind'>): boolean {
  return conversation.kind === 'customer' || conversation.kind === 'order';
}

/** Staff see internal notes; customers never do. */
export function seesInternal(viewer: Viewer | null): boolean {
  return !!viewer && !viewer.customerId;
}

export function canRead(viewer: Viewer | null, conversation: ConversationRow, member: MemberRow | null | undefined): boolean {
  if (!viewer) return false;
  if (member) return true;
  return isInboxKind(conversation) && hasStoreRole(viewer, conversation.storeId, INBOX_ROLES);
}

/**
 * Who receives an event about the conversation: its members, plus the store's inbox staff for
 * customer and order conversations. Internal notes leave out every customer member.
 */
export function audienceOf(conversation: ConversationRow, members: MemberRow[], internal = false): Audience {
  const accounts = members.filter((m) => !internal || m.role !== 'customer').map((m) => m.accountId);
  return isInboxKind(conversation) ? { accounts, stores: [conversation.storeId], roles: INBOX_ROLES } : { accounts };
}

export async function findConversation(em: EntityManager, id: string): Promise<ConversationRow | null> {
  const [row] = await rows(em, sql`select ${sql.raw(CONVERSATION_COLUMNS)} from messaging_conversation where id = ${id}`);
  return row ? toConversation(row) : null;
}

export async function conversationsByIds(em: EntityManager, ids: readonly string[]): Promise<ConversationRow[]> {
  if (ids.length === 0) return [];
  const found = await rows(
    em,
    sql`select ${sql.raw(CONVERSATION_COLUMNS)} from messaging_conversation where id = any(${[...ids]}::uuid[])`,
  );
  return found.map(toConversation);
}

export async function membersOfConversation(em: EntityManager, conversationId: string): Promise<MemberRow[]> {
  const found = await rows(
    em,
    sql`select ${sql.raw(MEMBER_COLUMNS)} from messaging_member where conversation_id = ${conversationId} order by joined_at, account_id`,
  );
  return found.map(toMember);
}

/** Members of several conversations in one query, in the order asked (an empty list for an unknown id). */
export async function membersOfConversations(em: EntityManager, conversationIds: readonly string[]): Promise<MemberRow[][]> {
  const found = (
    await rows(
      em,
      sql`select ${sql.raw(MEMBER_COLUMNS)} from messaging_member
           where conversation_id = any(${[...conversationIds]}::uuid[]) order by joined_at, account_id`,
    )
  ).map(toMember);
  return conversationIds.map((id) => found.filter((m) => m.conversationId === id));
}

export interface ConversationAccess {
  conversation: ConversationRow;
  members: MemberRow[];
  member: MemberRow | null;
}

export interface ConversationWithMembers {
  conversation: ConversationRow;
  members: MemberRow[];
}

/** Conversations with their members, by id, in one round trip; absent ids are left out. */
export async function conversationsWithMembers(
  em: EntityManager,
  ids: readonly string[],
): Promise<Map<string, ConversationWithMembers>> {
  const found = await rows<any>(
    em,
    sql`select ${sql.raw(CONVERSATION_COLUMNS)},
               (select coalesce(json_agg(json_build_object('conversationId', m.conversation_id, 'accountId', m.account_id, 'role', m.role,
                        'deliveredSeq', m.delivered_seq, 'readSeq', m.read_seq, 'joinedAt', m.joined_at) order by m.joined_at, m.account_id), '[]')
                  from messaging_member m where m.conversation_id = c.id) as members
          from messaging_conversation c where c.id = any(${[...ids]}::uuid[])`,
  );
  return new Map(
    found.map((row) => {
      const members = (row.members as unknown[]).map(toMember);
      delete row.members;
      return [row.id as string, { conversation: toConversation(row), members }];
    }),
  );
}

/** Loads a conversation the viewer may read; NotFound when it does not exist, NotMember when it is not theirs. */
export async function readableConversation(em: EntityManager, viewer: Viewer | null, id: string): Promise<ConversationAccess> {
  return accessOf(viewer, id, (await conversationsWithMembers(em, [id])).get(id));
}

/** The viewer's access to a loaded conversation (undefined: it does not exist). */
export function accessOf(
  viewer: Viewer | null,
  id: string,
  loaded: ConversationWithMembers | null | undefined,
): ConversationAccess {
  if (!loaded) throw new NotFoundError('Conversation');
  const { conversation, members } = loaded;
  const member = viewer ? (members.find((m) => m.accountId === viewer.accountId) ?? null) : null;
  if (!canRead(viewer, conversation, member)) throw new NotMemberError(id);
  return { conversation, members, member };
}

/** The viewer must be a member (to send, type, mark read). */
export function asMember(access: ConversationAccess, id: string): ConversationAccess & { member: MemberRow } {
  if (!access.member) throw new NotMemberError(id, 'Join the conversation first: only members can do this.');
  return access as ConversationAccess & { member: MemberRow };
}

/** Like readableConversation, but the viewer must be a member (to send, type, mark read). */
export async function memberConversation(
  em: EntityManager,
  viewer: Viewer | null,
  id: string,
): Promise<ConversationAccess & { member: MemberRow }> {
  return asMember(await readableConversation(em, viewer, id), id);
}
