import { useI18n } from 'vue-i18n';
import { errorText, type RequestError } from '../errors.ts';

export { type Locale, sharedMessages, withShared } from './messages.ts';

/**
 * `failure(result.data?.x, result.error)`: the text for a failed operation in the current
 * language, or null when it did not fail. `failed(...)` always gives a text (for catch-alls).
 */
export function useErrorText() {
  const i18n = useI18n();
  const failure = (value: unknown, error?: RequestError | null) => errorText(i18n, value, error);
  const failed = (value: unknown, error?: RequestError | null) => failure(value, error) ?? i18n.t('errors.unknown');
  return { failure, failed };
}

/** "Today", "tomorrow", "yesterday" for a day offset (see daysFromToday), null for any other day. */
export function useDayWords() {
  const { t } = useI18n();
  const WORDS: Record<number, string> = { [-1]: 'days.yesterday', 0: 'days.today', 1: 'days.tomorrow' };
  return (offset: number): string | null => (WORDS[offset] ? t(WORDS[offset]) : null);
}

/**
 * Names of the server's keys in the current language: features (`onlineBooking`) and order
 * statuses (`readyForPickup`). A key the catalogue does not know (a partner plugin's feature, a
 * store's own stage) shows the server's text, or the key itself.
 */
export function useKeyNames() {
  const { t, te } = useI18n();
  const named = (key: string, fallback: string) => (te(key) ? t(key) : fallback);
  return {
    featureName: (feature: string) => named(`features.${feature}.name`, feature),
    featureDescription: (feature: string, fallback = '') => named(`features.${feature}.description`, fallback),
    statusName: (status: string, fallback = status) => named(`statuses.${status}`, fallback),
  };
}
