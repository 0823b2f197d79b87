import { createLacewire, type Lacewire, type LacewireOptions, type Session } from '@lacewire/client';
import { useLacewire } from '@lacewire/client/vue';
import { shallowRef } from 'vue';

/** The portal keeps its session under its own key, so a customer and a clerk can share a browser. */
export const SESSION_KEY = 'lacewire.portal.session';

/**
 * The portal's connection to Lacewire (from @lacewire/client): the session, the urql client
 * (Bearer token + CSRF header; subscriptions over graphql-ws) and the one realtime stream
 * `events(after:)`, resumed by cursor and deduped. `session` mirrors the auth state for templates.
 */
export function createPortalLacewire(
  options: LacewireOptions = {},
): Lacewire & { session: ReturnType<typeof shallowRef<Session | null>> } {
  const lacewire = createLacewire({
    url: import.meta.env.VITE_GRAPHQL_URL ?? '/graphql',
    auth: { key: SESSION_KEY },
    // A customer: every conversation event that reaches them is one of their own (unread counts).
    viewer: 'customer',
    ...options,
  });
  const session = shallowRef<Session | null>(lacewire.auth.session);
  lacewire.auth.onChange((next) => {
    session.value = next;
  });
  return Object.assign(lacewire, { session });
}

export type PortalLacewire = ReturnType<typeof createPortalLacewire>;

/** The portal's Lacewire (with the reactive `session`), inside components. */
export function usePortal(): PortalLacewire {
  return useLacewire() as PortalLacewire;
}
