import { exec, type HandlerContext, InvalidInputError, rows, sql, type Tx } from '@lacewire/core';
import { accountsByIds } from '@lacewire/plugin-identity';
import { postSystemMessage } from '@lacewire/plugin-messaging';
import { getStore } from '@lacewire/plugin-stores';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import { NotificationOptOut, NotificationTemplate, QuietHours } from './entities.ts';
import { ENGLISH_SAMPLES, KINDS, NOTIFICATION_KINDS, type Notice, type NotificationKind } from './kinds.ts';
import { DEFAULT_TEMPLATES, formatTime, LOCALES, type Locale, localeOf, render, unknownVariables } from './templates.ts';

export const DEFAULT_QUIET_HOURS = { starts: '22:00', ends: '08:00', enabled: true };

export function isKind(kind: string): kind is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(kind);
}

function checkKindAndLocale(kind: string, locale: string): asserts locale is Locale {
  if (!isKind(kind)) throw new InvalidInputError(`Unknown notification kind "${kind}".`, 'kind');
  if (!(LOCALES as readonly string[]).includes(locale))
    throw new InvalidInputError(`Languages: ${LOCALES.join(', ')}.`, 'locale');
}

// ---------- quiet hours ----------

export async function quietHoursOf(em: EntityManager, storeId: string) {
  const row = await em.findOne(QuietHours, { storeId });
  return row ? { starts: row.starts, ends: row.ends, enabled: row.enabled } : DEFAULT_QUIET_HOURS;
}

export async function setQuietHours(tx: Tx, storeId: string, input: { starts: string; ends: string; enabled: boolean }) {
  if (input.starts === input.ends) throw new InvalidInputError('Quiet hours must start and end at different times.', 'ends');
  const row = await tx.em.findOne(QuietHours, { storeId });
  if (row) tx.em.assign(row, input);
  else tx.em.create(QuietHours, { storeId, ...input });
  return input;
}

function minutes(hhmm: string) {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/** When quiet hours are on at `now` in the store's zone: the moment they end; otherwise null. */
export function quietUntil(quiet: { starts: string; ends: string; enabled: boolean }, timeZone: string, now: Date): Date | null {
  if (!quiet.enabled) return null;
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  const minute = local.hour * 60 + local.minute;
  const start = minutes(quiet.starts);
  const end = minutes(quiet.ends);
  const quietNow = start < end ? minute >= start && minute < end : minute >= start || minute < end;
  if (!quietNow) return null;
  // The end's wall-clock time today, or tomorrow once it has passed (luxon keeps it across DST).
  const today = local.set({ hour: Math.floor(end / 60), minute: end % 60, second: 0, millisecond: 0 });
  return (today > local ? today : today.plus({ days: 1 })).toJSDate();
}

// ---------- templates ----------

export async function templateBody(em: EntityManager, storeId: string, kind: NotificationKind, locale: Locale) {
  const own = await em.findOne(NotificationTemplate, { storeId, kind, locale });
  return { body: own?.body ?? DEFAULT_TEMPLATES[kind][locale], isDefault: !own };
}

export async function listTemplates(em: EntityManager, storeId: string) {
  const own = await em.find(NotificationTemplate, { storeId });
  return NOTIFICATION_KINDS.flatMap((kind) =>
    LOCALES.map((locale) => {
      const found = own.find((t) => t.kind === kind && t.locale === locale);
      return { storeId, kind, locale, body: found?.body ?? DEFAULT_TEMPLATES[kind][locale], isDefault: !found };
    }),
  );
}

export async function saveTemplate(
  tx: Tx,
  input: { storeId: string; kind: string; locale: string; body: string; updatedBy: string },
) {
  checkKindAndLocale(input.kind, input.locale);
  const allowed = Object.keys(KINDS[input.kind as NotificationKind].variables);
  const unknown = unknownVariables(input.body, allowed);
  if (unknown.length > 0) {
    throw new InvalidInputError(
      `Unknown variable ${unknown.map((v) => `{{${v}}}`).join(', ')}; available: ${allowed.map((v) => `{{${v}}}`).join(', ')}.`,
      'body',
    );
  }
  const existing = await tx.em.findOne(NotificationTemplate, { storeId: input.storeId, kind: input.kind, locale: input.locale });
  if (existing) tx.em.assign(existing, { body: input.body, updatedBy: input.updatedBy, updatedAt: new Date() });
  else tx.em.create(NotificationTemplate, { ...input, updatedAt: new Date() });
  return {
    storeId: input.storeId,
    kind: input.kind as NotificationKind,
    locale: input.locale,
    body: input.body,
    isDefault: false,
  };
}

export async function resetTemplate(tx: Tx, storeId: string, kind: string, locale: string) {
  checkKindAndLocale(kind, locale);
  const existing = await tx.em.findOne(NotificationTemplate, { storeId, kind, locale });
  if (existing) tx.em.remove(existing);
  return {
    storeId,
    kind: kind as NotificationKind,
    locale,
    body: DEFAULT_TEMPLATES[kind as NotificationKind][locale],
    isDefault: true,
  };
}

/** The template rendered with sample values (and the store's real name): what customers will read. */
export async function preview(em: EntityManager, storeId: string, kind: string, locale: string, body?: string | null) {
  checkKindAndLocale(kind, locale);
  const store = await getStore(em, storeId);
  const template = body ?? (await templateBody(em, storeId, kind as NotificationKind, locale)).body;
  const samples = { ...KINDS[kind as NotificationKind].variables, ...(locale === 'en' ? ENGLISH_SAMPLES : {}) };
  return render(template, { ...samples, storeName: store.name });
}

/** The message a customer gets for a notice: store template in the customer's language. */
export async function renderNotice(em: EntityManager, notice: Notice) {
  const store = await getStore(em, notice.storeId);
  const [account] = await accountsByIds(em, [notice.customerId]);
  const locale = localeOf(account?.locale);
  const variables: Record<string, string> = {
    storeName: store.name,
    customerName: account?.displayName ?? '',
    ...notice.variables,
  };
  for (const [name, worded] of Object.entries(notice.words ?? {})) variables[name] = worded[locale];
  if (notice.orderId && !variables.tagNumber) {
    const [tag] = await rows<{ tag: string }>(
      em,
      sql`select tag_number as tag from notifications_order_tag where order_id = ${notice.orderId}`,
    );
    variables.tagNumber = tag?.tag ?? '';
  }
  for (const [name, iso] of Object.entries(notice.times ?? {})) variables[name] = formatTime(iso, store.timeZone, locale);
  const { body } = await templateBody(em, notice.storeId, notice.kind, locale);
  return { body: render(body, variables), locale };
}

// ---------- opt-outs ----------

export async function preferences(em: EntityManager, customerId: string) {
  const out = await em.find(NotificationOptOut, { customerId });
  return NOTIFICATION_KINDS.map((kind) => ({ kind, enabled: !out.some((o) => o.kind === kind), optional: KINDS[kind].optional }));
}

export async function setPreference(tx: Tx, customerId: string, kind: string, enabled: boolean) {
  if (!isKind(kind)) throw new InvalidInputError(`Unknown notification kind "${kind}".`, 'kind');
  if (!enabled && !KINDS[kind].optional)
    throw new InvalidInputError('This notification needs your answer; it cannot be switched off.', 'kind');
  if (enabled) await exec(tx.em, sql`delete from notifications_opt_out where customer_id = ${customerId} and kind = ${kind}`);
  else
    await exec(
      tx.em,
      sql`insert into notifications_opt_out (customer_id, kind) values (${customerId}, ${kind}) on conflict do nothing`,
    );
  return { kind, enabled, optional: KINDS[kind].optional };
}

async function optedOut(em: EntityManager, customerId: string, kind: NotificationKind) {
  const [row] = await rows(em, sql`select 1 from notifications_opt_out where customer_id = ${customerId} and kind = ${kind}`);
  return !!row;
}

// ---------- delivery ----------

async function deliver(tx: Tx, deliveryId: string, notice: Notice) {
  const { body, locale } = await renderNotice(tx.em, notice);
  const { message } = await postSystemMessage(tx, {
    storeId: notice.storeId,
    customerId: notice.customerId,
    body,
    linkKind: notice.link?.kind ?? null,
    linkId: notice.link?.id ?? null,
    meta: { notification: notice.kind, locale, deliveryId },
  });
  await exec(tx.em, sql`update notifications_delivery set status = 'sent', message_id = ${message.id} where id = ${deliveryId}`);
}

/**
 * Delivers the notice a business event made (null: nothing to say). The delivery row, unique per
 * source event, makes it happen once even if the handler were run again; opted-out kinds are
 * recorded as skipped; in quiet hours non-urgent ones wait for a durable job.
 */
export async function notify(sourceEventId: string, notice: Notice | null, ctx: HandlerContext) {
  if (!notice?.customerId) return;
  const [created] = await rows<{ id: string }>(
    ctx.em,
    sql`insert into notifications_delivery (source_event_id, kind, store_id, customer_id, notice, status)
         values (${sourceEventId}, ${notice.kind}, ${notice.storeId}, ${notice.customerId}, ${JSON.stringify(notice)}::jsonb, 'delayed')
         on conflict (source_event_id, kind) do nothing returning id`,
  );
  if (!created) return;
  const id = String(created.id);
  if (await optedOut(ctx.em, notice.customerId, notice.kind)) {
    await exec(ctx.em, sql`update notifications_delivery set status = 'skipped' where id = ${id}`);
    return;
  }
  const store = await getStore(ctx.em, notice.storeId);
  const until = KINDS[notice.kind].urgent
    ? null
    : quietUntil(await quietHoursOf(ctx.em, notice.storeId), store.timeZone, ctx.now());
  if (!until) {
    await deliver(ctx, id, notice);
    return;
  }
  await exec(ctx.em, sql`update notifications_delivery set deliver_at = ${until} where id = ${id}`);
  await ctx.enqueue('notifications.deliver', { deliveryId: id }, { runAt: until, key: `notification:${id}` });
}

/** Job: a notice held back by quiet hours. Re-checks everything: it may be stale. */
export async function deliverDelayed(tx: Tx, deliveryId: string) {
  const [row] = await rows<{ notice: Notice; status: string }>(
    tx.em,
    sql`select notice, status from notifications_delivery where id = ${deliveryId} for update`,
  );
  if (row?.status !== 'delayed') return;
  if (await optedOut(tx.em, row.notice.customerId, row.notice.kind)) {
    await exec(tx.em, sql`update notifications_delivery set status = 'skipped' where id = ${deliveryId}`);
    return;
  }
  await deliver(tx, deliveryId, row.notice);
}
