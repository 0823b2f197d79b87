import { computed } from 'vue';
import { createI18n, useI18n } from 'vue-i18n';
import { messages } from './messages.ts';

export type Locale = 'zh-CN' | 'en';
const KEY = 'lacewire.staff.locale';

export function savedLocale(): Locale {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export function saveLocale(locale: Locale) {
  try {
    localStorage.setItem(KEY, locale);
  } catch {
    // private mode
  }
}

export function createStaffI18n(locale: Locale = savedLocale()) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'zh-CN',
    messages,
    datetimeFormats: {
      'zh-CN': { short: { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' } },
      en: { short: { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' } },
    },
    numberFormats: {
      'zh-CN': { money: { style: 'currency', currency: 'CNY' } },
      en: { money: { style: 'currency', currency: 'CNY' } },
    },
  });
}

/**
 * The weekday names, Sunday first. A message array comes back from `tm` as compiled messages in
 * the build (precompiled, runtime-only vue-i18n), so each is rendered with `rt`.
 */
export function useWeekdays() {
  const { tm, rt } = useI18n();
  return computed(() => (tm('settings.weekdays') as unknown as Parameters<typeof rt>[0][]).map((m) => rt(m)));
}

/** Switches the console between Chinese and English, kept for the next visit; returns the new one. */
export function useLocaleToggle() {
  const { locale } = useI18n();
  return (): Locale => {
    const next: Locale = locale.value === 'en' ? 'zh-CN' : 'en';
    locale.value = next;
    saveLocale(next);
    return next;
  };
}
