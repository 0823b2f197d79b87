import { i18n } from '../i18n/index.ts';

function locale(): string {
  return i18n.global.locale.value === 'en' ? 'en-GB' : 'zh-CN';
}

/** Money in minor units (fen) → "¥128.00". */
export function formatMoney(minor: number, currency = 'CNY'): string {
  return new Intl.NumberFormat(locale(), { style: 'currency', currency }).format(minor / 100);
}

/** A moment in the store's time zone: time only when today, else date and time. */
export function formatTime(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  const sameDay = new Date().toDateString() === date.toDateString();
  return new Intl.DateTimeFormat(locale(), {
    timeZone,
    ...(sameDay ? {} : { month: 'numeric', day: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date);
}

/** "11月26日 周四 14:30" / "Thu 26 Nov, 14:30" in the store's time zone. */
export function formatSlot(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale(), {
    timeZone,
    month: 'short',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(iso));
}

export function formatDate(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale(), { timeZone, year: 'numeric', month: 'short', day: 'numeric' }).format(new Date(iso));
}
