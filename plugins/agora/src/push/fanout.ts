import { type Audience, type LoggedEvent, rows, sql, type Tx } from '@lacewire/core';
import { membersOf } from '@lacewire/plugin-identity';
import type { EntityManager } from '@mikro-orm/postgresql';
import { identitiesOf } from '../accounts.ts';

export const PUSH_JOB = 'agora.push';
export const pushJobKey = (pushId: string) => `agora-push:${pushId}`;

/**
 * The accounts an event's audience names: listed accounts, plus staff of listed stores in the
 * listed roles (identity's `membersOf`). Owners see every store event on their subscriptions;
 * they are pushed to only when listed by account.
 */
export async function recipientsOf(em: EntityManager, audience: Audience): Promise<string[]> {
  const ids = new Set(audience.accounts ?? []);
  for (const storeId of audience.stores ?? []) {
    for (const m of await membersOf(em, storeId)) {
      if (!audience.roles || audience.roles.includes(m.role as any)) ids.add(m.accountId);
    }
  }
  return [...ids];
}

/** The store an event belongs to (for the per-store `rtm-push` switch), when it says. */
export function storeOf(event: LoggedEvent): string | null {
  const payload = event.payload as { storeId?: unknown } | null;
  if (payload && typeof payload.storeId === 'string') return payload.storeId;
  return event.audience.stores?.length === 1 ? event.audience.stores[0] : null;
}

/**
 * Durable fan-out of one event (runs as an `on` handler, once per event, in its transaction):
 * one agora_push row per recipient that has an Agora identity, deduplicated by (event, account),
 * and one job per row. The rows are the backlog; nothing is lost once this commits.
 */
export async function fanOut(event: LoggedEvent, tx: Tx, featureOn: (storeId: string) => Promise<boolean>): Promise<number> {
  const storeId = storeOf(event);
  if (storeId && !(await featureOn(storeId))) return 0;
  const recipients = await identitiesOf(tx.em, await recipientsOf(tx.em, event.audience));
  if (recipients.length === 0) return 0;
  const inserted = await rows<{ id: string }>(
    tx.em,
    sql`insert into agora_push (event_id, event_type, account_id, rtm_user_id, store_id)
        select ${event.id}::bigint, ${event.type}, r.account_id, r.rtm_user_id, ${storeId}::uuid
          from unnest(${recipients.map((r) => r.accountId)}::uuid[], ${recipients.map((r) => r.rtmUserId)}::text[]) as r(account_id, rtm_user_id)
        on conflict (event_id, account_id) do nothing
        returning id`,
  );
  for (const row of inserted)
    await tx.enqueue(PUSH_JOB, { pushId: String(row.id) }, { key: pushJobKey(String(row.id)), maxAttempts: 25 });
  return inserted.length;
}
