import { randomUUID } from 'node:crypto';
import { exec, InvalidInputError, NotFoundError, rows, sql, type Tx } from '@lacewire/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audienceOf } from './access.ts';
import type { MessageInput } from './messages.ts';
import { type ConversationRow, MESSAGE_COLUMNS, type MemberRow, type MessageRow, messagePayload, toMessage } from './rows.ts';

/** One message to write: where, by whom (null: the platform), what. */
export interface WriteUnit {
  conversation: ConversationRow;
  members: MemberRow[];
  senderId: string | null;
  input: MessageInput;
}

export interface Written {
  message: MessageRow;
  created: boolean;
}

/** How a message moves the inbox's waiting clock: a customer starts it, staff (not a note) stop it. */
function turnOf(unit: WriteUnit): 'customer' | 'staff' | 'none' {
  const role = unit.senderId ? unit.members.find((m) => m.accountId === unit.senderId)?.role : undefined;
  if (role === 'customer') return 'customer';
  if (role && !unit.input.internal) return 'staff';
  return 'none';
}

/**
 * Writes many messages in one statement: units whose sender already sent their client id are
 * retries and get the first message back; the others take the next sequence numbers of their
 * conversation (in unit order), are inserted, and move their senders' own read positions. The
 * conversation rows are updated (and locked) by the same statement, so sequences are gapless and
 * in commit order. Emits `message.sent` for each new message, in sequence order.
 *
 * A retry racing its original in another transaction is caught by the unique index: the
 * statement fails, and the group commit writes each unit again on its own (appendMessage).
 * Units are distinct senders' client ids (writeMessages answers repeats within a batch).
 */
export async function writeMessages(tx: Tx, units: WriteUnit[]): Promise<(Written | Error)[]> {
  // A retry in the same batch as its original (a client resending at once) is answered from it.
  const first = new Map<string, number>();
  const original = units.map((unit, i) => {
    if (!unit.senderId || !unit.input.clientMessageId) return i;
    const key = `${unit.senderId} ${unit.input.clientMessageId}`;
    if (!first.has(key)) first.set(key, i);
    return first.get(key) as number;
  });
  const distinct = units.filter((_, i) => original[i] === i);
  const written = await writeDistinct(tx, distinct);
  const byUnit = new Map(distinct.map((unit, i) => [unit, written[i]]));
  return units.map((unit, i) => {
    const result = byUnit.get(units[original[i]]) as Written | Error;
    if (original[i] === i || result instanceof Error) return result;
    if (result.message.conversationId !== unit.conversation.id) return usedElsewhere();
    return { message: result.message, created: false };
  });
}

const usedElsewhere = () =>
  new InvalidInputError('This clientMessageId was already used in another conversation.', 'clientMessageId');

async function writeDistinct(tx: Tx, units: WriteUnit[]): Promise<(Written | Error)[]> {
  const ids = units.map(() => randomUUID());
  const at = tx.now();
  const column = <T>(pick: (unit: WriteUnit) => T) => units.map(pick);
  const found = await rows<any>(
    tx.em,
    sql`with input as (
          select * from unnest(${units.map((_, i) => i)}::int[], ${ids}::uuid[], ${column((u) => u.conversation.id)}::uuid[],
                               ${column((u) => u.senderId)}::uuid[], ${column((u) => (u.senderId ? (u.input.clientMessageId ?? null) : null))}::text[],
                               ${column((u) => u.input.kind)}::text[], ${column((u) => u.input.body ?? null)}::text[],
                               ${column((u) => u.input.attachmentId ?? null)}::uuid[], ${column((u) => u.input.durationSeconds ?? null)}::int[],
                               ${column((u) => u.input.linkKind ?? null)}::text[], ${column((u) => u.input.linkId ?? null)}::text[],
                               ${column((u) => (u.input.meta ? JSON.stringify(u.input.meta) : null))}::text[],
                               ${column((u) => !!u.input.internal)}::bool[], ${column(turnOf)}::text[])
                 as i(ord, id, conversation_id, sender_id, client_message_id, kind, body, attachment_id, duration_seconds,
                      link_kind, link_id, meta, internal, turn)),
        dup as (
          select i.ord, m.id as dup_id from input i
            join messaging_message m on m.sender_id = i.sender_id and m.client_message_id = i.client_message_id),
        fresh as (
          select i.*, row_number() over (partition by i.conversation_id order by i.ord) as n
            from input i where i.ord not in (select ord from dup)),
        turns as (
          select conversation_id, count(*) as added,
                 (array_agg(turn order by ord desc) filter (where turn <> 'none'))[1] as last_turn,
                 bool_or(turn = 'staff') as answered
            from fresh group by conversation_id),
        bumped as (
          update messaging_conversation c
             set last_seq = c.last_seq + t.added,
                 last_message_at = ${at}::timestamptz,
                 waiting_since = case t.last_turn
                                   when 'staff' then null
                                   when 'customer' then case when t.answered then ${at}::timestamptz
                                                             else coalesce(c.waiting_since, ${at}::timestamptz) end
                                   else c.waiting_since end
            from turns t where c.id = t.conversation_id
       returning c.id, c.last_seq - t.added as base),
        inserted as (
          insert into messaging_message (id, conversation_id, seq, sender_id, client_message_id, kind, body, attachment_id,
                                         duration_seconds, link_kind, link_id, meta, internal, created_at)
          select f.id, f.conversation_id, b.base + f.n, f.sender_id, f.client_message_id, f.kind, f.body, f.attachment_id,
                 f.duration_seconds, f.link_kind, f.link_id, f.meta::jsonb, f.internal, ${at}::timestamptz
            from fresh f join bumped b on b.id = f.conversation_id
          returning ${sql.raw(MESSAGE_COLUMNS)}),
        senders as (
          update messaging_member m set read_seq = s.seq, delivered_seq = s.seq
            from (select "conversationId", "senderId", max(seq) as seq from inserted where "senderId" is not null group by 1, 2) s
           where m.conversation_id = s."conversationId" and m.account_id = s."senderId")
        select i.ord, true as created, inserted.* from inserted join input i on i.id = inserted.id
        union all
        select d.ord, false as created, ${sql.raw(MESSAGE_COLUMNS)} from dup d join messaging_message on messaging_message.id = d.dup_id
        order by ord`,
  );
  const results: (Written | Error | undefined)[] = units.map(() => undefined);
  for (const row of found) {
    const unit = units[row.ord];
    const message = toMessage(row);
    delete (message as any).ord;
    delete (message as any).created;
    if (message.conversationId !== unit.conversation.id) {
      results[row.ord] = usedElsewhere();
      continue;
    }
    results[row.ord] = { message, created: row.created };
    if (!row.created) continue;
    unit.conversation.lastSeq = message.seq;
    tx.emit(
      'message.sent',
      { storeId: unit.conversation.storeId, conversationKind: unit.conversation.kind, message: messagePayload(message) },
      audienceOf(unit.conversation, unit.members, message.internal),
    );
  }
  // No row back: the conversation is gone.
  return results.map((r) => r ?? new NotFoundError('Conversation'));
}

/** One message: writeMessages for a single unit; a refusal is thrown. */
export async function writeMessage(tx: Tx, unit: WriteUnit): Promise<Written> {
  const [result] = await writeMessages(tx, [unit]);
  if (result instanceof Error) throw result;
  return result;
}

/** The message a sender already sent with this client id (a retry), if any. */
export async function existingByClientId(
  em: EntityManager,
  senderId: string,
  clientMessageId: string,
): Promise<MessageRow | null> {
  const [row] = await rows(
    em,
    sql`select ${sql.raw(MESSAGE_COLUMNS)} from messaging_message where sender_id = ${senderId} and client_message_id = ${clientMessageId}`,
  );
  return row ? toMessage(row) : null;
}

/**
 * Appends a message: the conversation row is locked first, so the retry check sees every
 * committed message (a retry racing the original returns it) and the sequence is gapless and in
 * commit order; then writeMessage.
 */
export async function appendMessage(
  tx: Tx,
  conversation: ConversationRow,
  members: MemberRow[],
  senderId: string | null,
  input: MessageInput,
  /** Runs only when the message is new (after the retry check): rate limit, attachment checks. */
  beforeInsert?: () => Promise<MessageInput | undefined>,
): Promise<{ message: MessageRow; created: boolean }> {
  await exec(tx.em, sql`select 1 from messaging_conversation where id = ${conversation.id} for update`);
  if (senderId && input.clientMessageId) {
    const existing = await existingByClientId(tx.em, senderId, input.clientMessageId);
    if (existing) {
      if (existing.conversationId !== conversation.id) {
        throw new InvalidInputError('This clientMessageId was already used in another conversation.', 'clientMessageId');
      }
      return { message: existing, created: false };
    }
  }
  if (beforeInsert) input = (await beforeInsert()) ?? input;
  return writeMessage(tx, { conversation, members, senderId, input });
}
