import { createI18n } from 'vue-i18n';
import { messages } from './messages.ts';

export type Locale = 'zh-CN' | 'en';
const KEY = 'lacewire.portal.locale';

export function savedLocale(): Locale {
  const saved = globalThis.localStorage?.getItem(KEY);
  return saved === 'en' ? 'en' : 'zh-CN';
}

export const i18n = createI18n({
  legacy: false,
  locale: savedLocale(),
  fallbackLocale: 'zh-CN',
  messages,
});

export function setLocale(locale: Locale) {
  i18n.global.locale.value = locale;
  globalThis.localStorage?.setItem(KEY, locale);
  document.documentElement.lang = locale;
}
