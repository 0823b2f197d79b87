import type { NotificationKind } from './kinds.ts';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Built-in wording; a store admin can override any of them per language. */
export const DEFAULT_TEMPLATES: Record<NotificationKind, Record<Locale, string>> = {
  appointmentBooked: {
    'zh-CN': '{{customerName}}您好，已收到您在{{storeName}}的预约（{{startsAt}}），我们会尽快确认。',
    en: 'Hello {{customerName}}, we received your booking at {{storeName}} for {{startsAt}} and will confirm it shortly.',
  },
  appointmentConfirmed: {
    'zh-CN': '您在{{storeName}}的预约已确认：{{startsAt}}，期待您的光临。',
    en: 'Your appointment at {{storeName}} is confirmed for {{startsAt}}.',
  },
  appointmentReminder: {
    'zh-CN': '温馨提醒：您在{{storeName}}的预约将于{{startsAt}}开始。',
    en: 'Reminder: your appointment at {{storeName}} starts at {{startsAt}}.',
  },
  appointmentChanged: {
    'zh-CN': '您在{{storeName}}的预约已{{change}}：{{startsAt}}。',
    en: 'Your appointment at {{storeName}} was changed ({{change}}): {{startsAt}}.',
  },
  orderReceived: {
    'zh-CN': '{{storeName}}已收到您的鞋（单号 {{tagNumber}}），我们会随时告诉您护理进度。',
    en: '{{storeName}} received your shoes (tag {{tagNumber}}); we will keep you posted.',
  },
  orderStatusChanged: {
    'zh-CN': '您的鞋（单号 {{tagNumber}}）进入新阶段：{{status}}。',
    en: 'Your shoes (tag {{tagNumber}}) moved to a new stage: {{status}}.',
  },
  promisedDateChanged: {
    'zh-CN': '您的鞋（单号 {{tagNumber}}）预计完成时间调整为 {{promisedAt}}。',
    en: 'Your shoes (tag {{tagNumber}}) are now expected to be done by {{promisedAt}}.',
  },
  changeRequestWaiting: {
    'zh-CN': '师傅在护理中发现：{{description}}，需加收 {{price}}。请在订单中确认是否处理。',
    en: 'Our technician found: {{description}} — extra {{price}}. Please approve or decline in your order.',
  },
  readyForPickup: {
    'zh-CN': '您的鞋（单号 {{tagNumber}}）已护理完成，欢迎到{{storeName}}取件。',
    en: 'Your shoes (tag {{tagNumber}}) are ready for pickup at {{storeName}}.',
  },
  pickupReminder: {
    'zh-CN': '提醒：您的鞋（单号 {{tagNumber}}）仍在{{storeName}}等您取件。',
    en: 'Reminder: your shoes (tag {{tagNumber}}) are waiting for you at {{storeName}}.',
  },
  acceptanceRequested: {
    'zh-CN': '您的鞋（单号 {{tagNumber}}）已完成护理，请查看前后对比照片并确认验收。',
    en: 'Your shoes (tag {{tagNumber}}) are done: please review the before/after photos and accept.',
  },
  complaintUpdated: {
    'zh-CN': '您的售后反馈有新进展：{{status}}。{{note}}',
    en: 'Update on your feedback: {{status}}. {{note}}',
  },
};

const VARIABLE = /\{\{\s*([a-zA-Z]+)\s*\}\}/g;

/** Fills `{{name}}` placeholders; unknown or missing values become empty. */
export function render(template: string, variables: Record<string, string>): string {
  return template.replace(VARIABLE, (_m, name: string) => variables[name] ?? '').trim();
}

/** Variables a template uses that the kind does not offer. */
export function unknownVariables(template: string, allowed: readonly string[]): string[] {
  return [...template.matchAll(VARIABLE)].map((m) => m[1]).filter((name) => !allowed.includes(name));
}

export function localeOf(value: string | null | undefined): Locale {
  return value?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

/** A time in the store's zone, worded for the language (11月28日 14:00 / Nov 28, 14:00). */
export function formatTime(iso: string, timeZone: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = {
    timeZone,
    month: locale === 'en' ? 'short' : 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  };
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-US' : 'zh-CN', options).format(date);
}
