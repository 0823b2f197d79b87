import { rows, sql, type Tx, type Viewer } from '@lacewire/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audienceOf, memberConversation, seesInternal } from './access.ts';

/**
 * Moves the viewer's delivered and/or read position forward (never back, never past the last
 * message). Reading implies delivery. Emits a receipt only when something moved.
 */
export async function moveReceipt(
  tx: Tx,
  viewer: Viewer,
  conversationId: string,
  positions: { deliveredSeq?: number | null; readSeq?: number | null },
) {
  const { conversation, members, member } = await memberConversation(tx.em, viewer, conversationId);
  const cap = (n: number | null | undefined) => (n == null ? 0 : Math.max(0, Math.min(n, conversation.lastSeq)));
  const read = cap(positions.readSeq);
  const delivered = Math.max(cap(positions.deliveredSeq), read);
  const [row] = await rows<{ deliveredSeq: string; readSeq: string }>(
    tx.em,
    sql`update messaging_member
           set delivered_seq = greatest(delivered_seq, ${delivered}), read_seq = greatest(read_seq, ${read})
         where conversation_id = ${conversationId} and account_id = ${viewer.accountId}
           and (delivered_seq < ${delivered} or read_seq < ${read})
     returning delivered_seq as "deliveredSeq", read_seq as "readSeq"`,
  );
  if (!row) return { ...member, conversation };
  const moved = { ...member, deliveredSeq: Number(row.deliveredSeq), readSeq: Number(row.readSeq) };
  tx.emit(
    'conversation.receiptUpdated',
    {
      storeId: conversation.storeId,
      conversationId,
      accountId: viewer.accountId,
      deliveredSeq: moved.deliveredSeq,
      readSeq: moved.readSeq,
    },
    audienceOf(conversation, members),
  );
  return { ...moved, conversation };
}

/**
 * Unread messages per conversation for the viewer: after their read position, from someone
 * else, not recalled, and visible to them (customers never count internal notes).
 */
export async function unreadCounts(
  em: EntityManager,
  viewer: Viewer,
  conversationIds: readonly string[] | null,
): Promise<Map<string, number>> {
  const found = await rows<{ conversationId: string; unread: string }>(
    em,
    sql`select m.conversation_id as "conversationId", count(msg.id) as unread
          from messaging_member m
          join messaging_message msg on msg.conversation_id = m.conversation_id and msg.seq > m.read_seq
         where m.account_id = ${viewer.accountId}
           and (${conversationIds === null} or m.conversation_id = any(${conversationIds ?? []}::uuid[]))
           and msg.sender_id is distinct from ${viewer.accountId}::uuid
           and msg.recalled_at is null
           and (${seesInternal(viewer)} or not msg.internal)
         group by m.conversation_id`,
  );
  return new Map(found.map((r) => [r.conversationId, Number(r.unread)]));
}

export async function unreadTotal(em: EntityManager, viewer: Viewer): Promise<number> {
  let total = 0;
  for (const n of (await unreadCounts(em, viewer, null)).values()) total += n;
  return total;
}
