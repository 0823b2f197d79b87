import { exec, hasStoreRole, InvalidInputError, NotAllowedError, rows, sql, type Tx, type Viewer } from '@lacewire/core';
import { membersOf } from '@lacewire/plugin-identity';
import { getStore } from '@lacewire/plugin-stores';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ConversationKind, MemberRole } from '../entities.ts';
import { NotMemberError } from '../errors.ts';
import { audienceOf, findConversation, INBOX_ROLES, isInboxKind, membersOfConversation } from './access.ts';
import { CONVERSATION_COLUMNS, type ConversationRow, conversationColumns, type MemberRow, toConversation } from './rows.ts';

interface NewConversation {
  kind: ConversationKind;
  storeId: string;
  customerId?: string | null;
  workOrderId?: string | null;
  technicianId?: string | null;
  title?: string | null;
}

/** Inserts unless the unique key (customer per store, thread per order, VIP per customer) already exists. */
async function insertConversation(tx: Tx, input: NewConversation): Promise<{ conversation: ConversationRow; created: boolean }> {
  const conflict =
    input.kind === 'customer'
      ? sql`on conflict (store_id, customer_id) where kind = 'customer' do nothing`
      : input.kind === 'vip'
        ? sql`on conflict (store_id, customer_id) where kind = 'vip' do nothing`
        : input.kind === 'order'
          ? sql`on conflict (work_order_id) where kind = 'order' do nothing`
          : sql``;
  const [inserted] = await rows(
    tx.em,
    sql`insert into messaging_conversation (id, kind, store_id, customer_id, work_order_id, technician_id, title)
         values (gen_random_uuid(), ${input.kind}, ${input.storeId}, ${input.customerId ?? null}, ${input.workOrderId ?? null},
                 ${input.technicianId ?? null}, ${input.title ?? null})
         ${conflict} returning ${sql.raw(CONVERSATION_COLUMNS)}`,
  );
  if (inserted) {
    const conversation = toConversation(inserted);
    tx.emit(
      'conversation.created',
      {
        storeId: conversation.storeId,
        conversationId: conversation.id,
        kind: conversation.kind,
        customerId: conversation.customerId,
      },
      isInboxKind(conversation)
        ? {
            accounts: conversation.customerId ? [conversation.customerId] : [],
            stores: [conversation.storeId],
            roles: INBOX_ROLES,
          }
        : { accounts: [] },
    );
    return { conversation, created: true };
  }
  const [existing] = await rows(
    tx.em,
    input.kind === 'order'
      ? sql`select ${sql.raw(CONVERSATION_COLUMNS)} from messaging_conversation where kind = 'order' and work_order_id = ${input.workOrderId ?? null}`
      : sql`select ${sql.raw(CONVERSATION_COLUMNS)} from messaging_conversation
             where kind = ${input.kind} and store_id = ${input.storeId} and customer_id = ${input.customerId ?? null}`,
  );
  return { conversation: toConversation(existing), created: false };
}

/** Adds a member (no-op when already one); emits memberJoined to the conversation's audience. */
export async function addMember(tx: Tx, conversation: ConversationRow, accountId: string, role: MemberRole): Promise<boolean> {
  const added = await rows(
    tx.em,
    sql`insert into messaging_member (conversation_id, account_id, role) values (${conversation.id}, ${accountId}, ${role})
         on conflict do nothing returning account_id`,
  );
  if (added.length === 0) return false;
  const members = await membersOfConversation(tx.em, conversation.id);
  tx.emit(
    'conversation.memberJoined',
    { storeId: conversation.storeId, conversationId: conversation.id, accountId, role },
    audienceOf(conversation, members),
  );
  return true;
}

export async function removeMember(tx: Tx, conversation: ConversationRow, accountId: string): Promise<boolean> {
  const before = await membersOfConversation(tx.em, conversation.id);
  const removed = await rows(
    tx.em,
    sql`delete from messaging_member where conversation_id = ${conversation.id} and account_id = ${accountId} returning account_id`,
  );
  if (removed.length === 0) return false;
  // The leaver hears that they left; later events no longer reach them.
  tx.emit(
    'conversation.memberLeft',
    { storeId: conversation.storeId, conversationId: conversation.id, accountId },
    audienceOf(conversation, before),
  );
  return true;
}

async function staffOfStore(em: EntityManager, storeId: string) {
  return membersOf(em, storeId);
}

/** The next clerk of the store in round-robin order. */
async function nextClerk(tx: Tx, storeId: string): Promise<string | null> {
  await exec(tx.em, sql`insert into messaging_inbox_state (store_id) values (${storeId}) on conflict do nothing`);
  const [state] = await rows<{ last: string | null }>(
    tx.em,
    sql`select last_assignee_id as last from messaging_inbox_state where store_id = ${storeId} for update`,
  );
  const clerks = (await staffOfStore(tx.em, storeId)).filter((m) => m.role === 'clerk').map((m) => m.accountId);
  clerks.sort();
  if (clerks.length === 0) return null;
  const next = clerks.find((id) => state?.last != null && id > state.last) ?? clerks[0];
  await exec(tx.em, sql`update messaging_inbox_state set last_assignee_id = ${next} where store_id = ${storeId}`);
  return next;
}

async function setAssignee(tx: Tx, conversation: ConversationRow, assigneeId: string | null, byAccountId: string | null) {
  const previous = conversation.assigneeId;
  await exec(tx.em, sql`update messaging_conversation set assignee_id = ${assigneeId} where id = ${conversation.id}`);
  conversation.assigneeId = assigneeId;
  if (assigneeId) await addMember(tx, conversation, assigneeId, 'staff');
  const members = await membersOfConversation(tx.em, conversation.id);
  tx.emit(
    'conversation.assigned',
    { storeId: conversation.storeId, conversationId: conversation.id, assigneeId, previousAssigneeId: previous, byAccountId },
    // The previous assignee hears about it even when they are no longer a member.
    audienceOf(conversation, previous ? [...members, { accountId: previous, role: 'staff' } as MemberRow] : members),
  );
}

/** The customer's conversation with a store: created on first use, auto-assigned to a clerk. */
export async function openCustomerConversation(tx: Tx, storeId: string, customerId: string) {
  await getStore(tx.em, storeId);
  const result = await insertConversation(tx, { kind: 'customer', storeId, customerId });
  if (result.created) {
    await addMember(tx, result.conversation, customerId, 'customer');
    const clerk = await nextClerk(tx, storeId);
    if (clerk) await setAssignee(tx, result.conversation, clerk, null);
  }
  return result;
}

/** A thread about one work order, with the customer in it; store staff join as they work on it. */
export async function openOrderConversation(
  tx: Tx,
  input: { storeId: string; workOrderId: string; customerId: string; title?: string | null },
) {
  await getStore(tx.em, input.storeId);
  const result = await insertConversation(tx, { kind: 'order', ...input });
  if (result.conversation.storeId !== input.storeId)
    throw new InvalidInputError('This work order belongs to another store.', 'storeId');
  if (result.created) await addMember(tx, result.conversation, input.customerId, 'customer');
  return result;
}

/** A VIP customer's direct line to a named senior technician (one per customer and store). */
export async function openVipChannel(
  tx: Tx,
  input: { storeId: string; customerId: string; technicianId: string; title?: string | null },
) {
  await getStore(tx.em, input.storeId);
  const staff = await staffOfStore(tx.em, input.storeId);
  if (!staff.some((m) => m.accountId === input.technicianId)) {
    throw new InvalidInputError('The technician does not work in this store.', 'technicianId');
  }
  const result = await insertConversation(tx, { kind: 'vip', ...input });
  const conversation = result.conversation;
  if (result.created) {
    await addMember(tx, conversation, input.customerId, 'customer');
    await addMember(tx, conversation, input.technicianId, 'moderator');
  } else if (conversation.technicianId !== input.technicianId) {
    if (conversation.technicianId) await removeMember(tx, conversation, conversation.technicianId);
    await exec(tx.em, sql`update messaging_conversation set technician_id = ${input.technicianId} where id = ${conversation.id}`);
    conversation.technicianId = input.technicianId;
    await addMember(tx, conversation, input.technicianId, 'moderator');
  }
  return result;
}

/** A group chat of a store's staff; the creator moderates it. */
export async function createStaffGroup(
  tx: Tx,
  input: { storeId: string; title: string; creatorId: string; memberIds: string[] },
) {
  const staff = new Set((await staffOfStore(tx.em, input.storeId)).map((m) => m.accountId));
  for (const id of input.memberIds) {
    if (!staff.has(id)) throw new InvalidInputError('Every member must work in the store.', 'memberIds');
  }
  const { conversation } = await insertConversation(tx, { kind: 'staffGroup', storeId: input.storeId, title: input.title });
  await addMember(tx, conversation, input.creatorId, 'moderator');
  for (const id of new Set(input.memberIds)) if (id !== input.creatorId) await addMember(tx, conversation, id, 'staff');
  return conversation;
}

/**
 * Staff join a conversation to take part: inbox staff join customer and order conversations of
 * their store; a staff group's moderators add members (see addGroupMember).
 */
export async function joinConversation(tx: Tx, viewer: Viewer, conversationId: string) {
  const conversation = await findConversation(tx.em, conversationId);
  if (!conversation) throw new NotMemberError(conversationId);
  if (!isInboxKind(conversation) || !hasStoreRole(viewer, conversation.storeId)) {
    throw new NotMemberError(conversationId, 'Only staff of the store can join its customer conversations.');
  }
  await addMember(tx, conversation, viewer.accountId, 'staff');
  return conversation;
}

export async function leaveConversation(tx: Tx, viewer: Viewer, conversationId: string) {
  const conversation = await findConversation(tx.em, conversationId);
  if (!conversation) throw new NotMemberError(conversationId);
  if (viewer.customerId && conversation.customerId === viewer.customerId && conversation.kind !== 'staffGroup') {
    throw new NotAllowedError('A customer stays in their own conversations.');
  }
  if (!(await removeMember(tx, conversation, viewer.accountId))) throw new NotMemberError(conversationId);
  if (conversation.assigneeId === viewer.accountId) {
    await exec(tx.em, sql`update messaging_conversation set assignee_id = null where id = ${conversation.id}`);
  }
  return conversation;
}

export async function addGroupMember(tx: Tx, viewer: Viewer, conversationId: string, accountId: string) {
  const conversation = await findConversation(tx.em, conversationId);
  if (conversation?.kind !== 'staffGroup') throw new NotMemberError(conversationId);
  const members = await membersOfConversation(tx.em, conversationId);
  const me = members.find((m) => m.accountId === viewer.accountId);
  if (!me && !hasStoreRole(viewer, conversation.storeId, ['storeAdmin'])) throw new NotMemberError(conversationId);
  const staff = await staffOfStore(tx.em, conversation.storeId);
  if (!staff.some((m) => m.accountId === accountId))
    throw new InvalidInputError('The member must work in the store.', 'accountId');
  await addMember(tx, conversation, accountId, 'staff');
  return conversation;
}

/** Hands a customer conversation to another staff member of the store; the previous assignee leaves it. */
export async function transferConversation(tx: Tx, viewer: Viewer, conversationId: string, toAccountId: string) {
  const conversation = await findConversation(tx.em, conversationId);
  if (!conversation || !isInboxKind(conversation)) throw new NotMemberError(conversationId);
  if (!hasStoreRole(viewer, conversation.storeId, INBOX_ROLES) && conversation.assigneeId !== viewer.accountId) {
    throw new NotAllowedError("Only the store's inbox staff transfer conversations.");
  }
  const staff = await staffOfStore(tx.em, conversation.storeId);
  if (!staff.some((m) => m.accountId === toAccountId))
    throw new InvalidInputError('The new assignee must work in this store.', 'toAccountId');
  const previous = conversation.assigneeId;
  if (previous === toAccountId) return conversation;
  if (previous) await removeMember(tx, conversation, previous);
  await setAssignee(tx, conversation, toAccountId, viewer.accountId);
  return conversation;
}

export interface ConversationFilter {
  storeId?: string | null;
  kind?: ConversationKind | null;
  /** Inbox: only conversations assigned to the viewer, or only unassigned ones. */
  assignedToMe?: boolean | null;
  unassigned?: boolean | null;
  /** Inbox: only conversations waiting for a staff answer. */
  waiting?: boolean | null;
  /** One customer's conversations (their communication history). */
  customerId?: string | null;
  limit: number;
  /** Keyset page: conversations after this one in the order (last activity desc, id desc). */
  after?: { at: Date; id: string } | null;
}

/** The viewer's conversations (member of), plus the inbox of the stores where they are inbox staff, newest activity first. */
export async function listConversations(
  em: EntityManager,
  viewer: Viewer,
  filter: ConversationFilter,
): Promise<ConversationRow[]> {
  const inboxStores = viewer.isOwner
    ? null
    : viewer.memberships.filter((m) => INBOX_ROLES.includes(m.role)).map((m) => m.storeId);
  const found = await rows(
    em,
    sql`select ${sql.raw(conversationColumns('c'))}
          from messaging_conversation c
          left join messaging_member m on m.conversation_id = c.id and m.account_id = ${viewer.accountId}
         where (m.account_id is not null
                or (c.kind in ('customer', 'order') and (${inboxStores === null} or c.store_id = any(${inboxStores ?? []}::uuid[]))))
           and (${filter.storeId ?? null}::uuid is null or c.store_id = ${filter.storeId ?? null}::uuid)
           and (${filter.kind ?? null}::text is null or c.kind = ${filter.kind ?? null}::text)
           and (${filter.customerId ?? null}::uuid is null or c.customer_id = ${filter.customerId ?? null}::uuid)
           and (not ${!!filter.assignedToMe} or c.assignee_id = ${viewer.accountId})
           and (not ${!!filter.unassigned} or c.assignee_id is null)
           and (not ${!!filter.waiting} or c.waiting_since is not null)
           and (${filter.after?.at ?? null}::timestamptz is null
                or (coalesce(c.last_message_at, c.created_at), c.id) < (${filter.after?.at ?? null}::timestamptz, ${filter.after?.id ?? null}::uuid))
         order by coalesce(c.last_message_at, c.created_at) desc, c.id desc
         limit ${filter.limit}`,
  );
  return found.map(toConversation);
}
