import { createI18n } from 'vue-i18n';
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
