/** Integer minor units → "¥128.00". */
export function money(minor: number, currency = 'CNY', locale = 'zh-CN'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(minor / 100);
}

/** A DateTime shown in the store's time zone. */
export function dateTime(iso: string | null | undefined, timeZone = 'Asia/Shanghai', locale = 'zh-CN'): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

export function date(iso: string | null | undefined, timeZone = 'Asia/Shanghai', locale = 'zh-CN'): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale, { timeZone, month: 'numeric', day: 'numeric', weekday: 'short' }).format(new Date(iso));
}

const DONE = new Set(['readyForPickup', 'pickedUp', 'cancelled']);

/** Past its promised time and not finished. */
export function isOverdue(order: { promisedAt?: string | null; status: string }, now = Date.now()): boolean {
  return !!order.promisedAt && Date.parse(order.promisedAt) < now && !DONE.has(order.status);
}

/** The time of day ("14:05") of a DateTime in the store's time zone. */
export function clock(iso: string | null | undefined, timeZone = 'Asia/Shanghai', locale = 'zh-CN'): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}
