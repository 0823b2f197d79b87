import { errorText, type RequestError } from '@lacewire/client';
import { i18n } from '../i18n/index.ts';

/**
 * Outside components (libraries such as upload.ts): the text for a failed operation in the
 * current language, from its code — never the server's English message. Components use
 * `useErrorText()` from `@lacewire/client/i18n`.
 */
export function failedText(value: unknown, error?: RequestError | null): string {
  return errorText(i18n.global, value, error) ?? i18n.global.t('errors.unknown');
}
