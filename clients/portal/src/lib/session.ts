import { computed, ref } from 'vue';

/** The signed-in customer's session, kept in localStorage so a reload stays signed in. */
export interface Session {
  token: string;
  expiresAt: string;
  accountId: string;
  phone: string;
}

const KEY = 'lacewire.portal.session';

function load(): Session | null {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    return new Date(session.expiresAt).getTime() > Date.now() ? session : null;
  } catch {
    return null;
  }
}

export const session = ref<Session | null>(load());
export const signedIn = computed(() => session.value !== null);

const listeners = new Set<(s: Session | null) => void>();

/** Called when the session changes (the realtime connection restarts with the new token). */
export function onSessionChange(listener: (s: Session | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setSession(next: Session | null) {
  session.value = next;
  if (next) globalThis.localStorage?.setItem(KEY, JSON.stringify(next));
  else globalThis.localStorage?.removeItem(KEY);
  for (const listener of listeners) listener(next);
}

export function authHeaders(): Record<string, string> {
  return {
    // CSRF prevention: the server refuses requests without this header (or a Bearer token).
    'x-lacewire-csrf': '1',
    ...(session.value ? { authorization: `Bearer ${session.value.token}` } : {}),
  };
}
