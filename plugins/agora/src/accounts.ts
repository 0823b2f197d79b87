import { rows, sql } from '@lacewire/core';
import type { EntityManager } from '@mikro-orm/postgresql';

export interface AgoraIdentity {
  accountId: string;
  rtmUserId: string;
  rtcUid: number;
}

/** RTM user ids are ≤ 64 characters; the account id without dashes keeps them short and stable. */
export function rtmUserIdFor(accountId: string): string {
  return `lw_${accountId.replace(/-/g, '')}`;
}

/** The account's Agora identities, created on first use (idempotent, concurrency-safe). */
export async function ensureIdentity(em: EntityManager, accountId: string): Promise<AgoraIdentity> {
  await rows(
    em,
    sql`insert into agora_account (account_id, rtm_user_id) values (${accountId}, ${rtmUserIdFor(accountId)})
        on conflict (account_id) do nothing`,
  );
  const [row] = await rows<{ rtm_user_id: string; rtc_uid: number }>(
    em,
    sql`select rtm_user_id, rtc_uid from agora_account where account_id = ${accountId}`,
  );
  return { accountId, rtmUserId: row.rtm_user_id, rtcUid: Number(row.rtc_uid) };
}

/** Identities of the accounts that already have one (they use an Agora-enabled app). */
export async function identitiesOf(em: EntityManager, accountIds: readonly string[]): Promise<AgoraIdentity[]> {
  if (accountIds.length === 0) return [];
  const found = await rows<{ account_id: string; rtm_user_id: string; rtc_uid: number }>(
    em,
    sql`select account_id, rtm_user_id, rtc_uid from agora_account where account_id = any(${[...accountIds]}::uuid[])`,
  );
  return found.map((r) => ({ accountId: r.account_id, rtmUserId: r.rtm_user_id, rtcUid: Number(r.rtc_uid) }));
}

export async function identityByUid(em: EntityManager, rtcUid: number): Promise<AgoraIdentity | null> {
  const [r] = await rows<{ account_id: string; rtm_user_id: string; rtc_uid: number }>(
    em,
    sql`select account_id, rtm_user_id, rtc_uid from agora_account where rtc_uid = ${rtcUid}`,
  );
  return r ? { accountId: r.account_id, rtmUserId: r.rtm_user_id, rtcUid: Number(r.rtc_uid) } : null;
}
