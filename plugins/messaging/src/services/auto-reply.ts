import { rows, sql, type Tx } from '@lacewire/core';
import { getStore, type OpeningHours } from '@lacewire/plugin-stores';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import type { MessagingConfig } from '../config.ts';
import { systemText } from '../messages.ts';
import type { MessagingState } from '../state.ts';
import type { ConversationRow, MemberRow } from './rows.ts';
import { appendMessage } from './write.ts';

/** Weekday (0 = Sunday, as opening hours number them) and "HH:MM" of an instant in a time zone. */
function localTime(date: Date, timeZone: string) {
  const local = DateTime.fromJSDate(date, { zone: timeZone });
  return { weekday: local.weekday % 7, hhmm: local.toFormat('HH:mm') };
}

/** Whether the store is open at the moment, by its opening hours in its time zone. */
export function isOpen(hours: OpeningHours[], timeZone: string, at: Date): boolean {
  const { weekday, hhmm } = localTime(at, timeZone);
  return hours.some((h) => h.weekday === weekday && h.opens <= hhmm && hhmm < h.closes);
}

interface StoreHoursEntry {
  at: number;
  store: { name: string; timeZone: string; openingHours: OpeningHours[] };
}

/** Opening hours change rarely: read at most every 30 s per store (per instance, in the plugin's state). */
export class StoreHours {
  readonly #cache = new Map<string, StoreHoursEntry>();

  async of(em: EntityManager, storeId: string) {
    const cached = this.#cache.get(storeId);
    if (cached && Date.now() - cached.at < 30_000) return cached.store;
    const { name, timeZone, openingHours } = await getStore(em, storeId);
    const store = { name, timeZone, openingHours };
    this.#cache.set(storeId, { at: Date.now(), store });
    if (this.#cache.size > 10_000) this.#cache.clear();
    return store;
  }
}

/** Read before the write: a hint that spares a transaction per message; the update's condition decides. */
export function autoRepliedRecently(config: MessagingConfig, conversation: ConversationRow): boolean {
  const at = conversation.lastAutoReplyAt;
  return !!at && Date.now() - new Date(at).getTime() < config.autoReplyEveryHours * 3_600_000;
}

/** Outside opening hours a customer's message gets one automatic answer (at most every few hours). */
export async function autoReplyWhenClosed(
  tx: Tx,
  { config, storeHours }: Pick<MessagingState, 'config' | 'storeHours'>,
  conversation: ConversationRow,
  members: MemberRow[],
) {
  if (conversation.kind !== 'customer') return;
  const store = await storeHours.of(tx.em, conversation.storeId);
  const now = tx.now();
  if (isOpen(store.openingHours, store.timeZone, now)) return;
  const updated = await rows(
    tx.em,
    sql`update messaging_conversation set last_auto_reply_at = ${now}::timestamptz
         where id = ${conversation.id}
           and (last_auto_reply_at is null or last_auto_reply_at < ${now}::timestamptz - make_interval(hours => ${config.autoReplyEveryHours}))
       returning id`,
  );
  if (updated.length === 0) return;
  const today = store.openingHours.find((h) => h.weekday === localTime(now, store.timeZone).weekday) ?? store.openingHours[0];
  const hours = today ? `${today.opens}–${today.closes}` : '';
  const { body, text } = hours
    ? systemText('closedNowHours', { store: store.name, hours })
    : systemText('closedNow', { store: store.name });
  await appendMessage(tx, conversation, members, null, {
    kind: 'system',
    body,
    meta: { autoReply: true, opens: today?.opens ?? null, text },
  });
}
