import type { Lacewire } from './urql.ts';

const SET_MY_LOCALE = `mutation SetMyLocale($locale: String!) { setMyLocale(input: { locale: $locale }) { __typename } }`;

/**
 * Tells the server the language the user reads the app in, so its own texts (an order's
 * history, notices, call records) come in the same one. After sign-in and on every switch;
 * best effort: the app's own texts do not wait for it.
 */
export async function syncLocale(lacewire: Lacewire, locale: string): Promise<void> {
  if (!lacewire.auth.signedIn) return;
  await lacewire.client.mutation(SET_MY_LOCALE, { locale }).toPromise();
}
