import en from './en.json' with { type: 'json' };
import zhCN from './zh-CN.json' with { type: 'json' };

export type Locale = 'zh-CN' | 'en';

/** The texts both apps share: failures by code (`errors`), feature names, order statuses. */
export const sharedMessages = { 'zh-CN': zhCN, en };

/** An app's own messages with the shared ones beside them (top-level namespaces; the app's win). */
export function withShared<M extends Record<string, unknown>>(own: Record<Locale, M>) {
  return {
    'zh-CN': { ...sharedMessages['zh-CN'], ...own['zh-CN'] },
    en: { ...sharedMessages.en, ...own.en },
  };
}
