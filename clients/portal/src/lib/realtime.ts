import { type Client as WsClient, createClient as createWsClient } from 'graphql-ws';
import { ref } from 'vue';
import { onSessionChange, session } from './session.ts';

/**
 * The portal's one WebSocket (graphql-ws) and its one realtime stream, `events(after:)`.
 * The stream resumes after the last cursor it saw on every reconnect and drops duplicates, so
 * screens can simply refetch when an event about their data arrives.
 *
 * This is the integration point with @lacewire/client: when that package offers the same
 * (connection state + cursor-resuming stream) this file becomes a thin re-export.
 */
export type ConnectionState = 'connecting' | 'connected' | 'offline';

export interface PortalEvent {
  cursor: string;
  type: string;
  at: string;
  payload: Record<string, unknown>;
}

export const connection = ref<ConnectionState>('connecting');

export function graphqlUrl(): string {
  const base = import.meta.env.VITE_GRAPHQL_URL as string | undefined;
  if (base) return base;
  return `${globalThis.location?.origin ?? 'http://localhost:4000'}/graphql`;
}

let ws: WsClient | null = null;
let stop: (() => void) | null = null;
let lastCursor: string | null = null;
const seen = new Set<string>();
const handlers = new Set<(event: PortalEvent) => void>();
const reconnectListeners = new Set<() => void>();

export function wsClient(): WsClient {
  if (!ws) ws = openSocket();
  return ws;
}

function openSocket(): WsClient {
  const client = createWsClient({
    url: graphqlUrl().replace(/^http/, 'ws'),
    lazy: false,
    retryAttempts: Number.POSITIVE_INFINITY,
    retryWait: async (retries) => {
      await new Promise((r) => setTimeout(r, Math.min(500 * 2 ** retries, 5000)));
    },
    shouldRetry: () => true,
    keepAlive: 10_000,
    connectionParams: () => (session.value ? { authorization: `Bearer ${session.value.token}` } : {}),
  });
  client.on('connecting', () => {
    if (connection.value !== 'offline') connection.value = 'connecting';
  });
  client.on('connected', () => {
    connection.value = 'connected';
    subscribeEvents(client);
    for (const listener of reconnectListeners) listener();
  });
  client.on('closed', () => {
    connection.value = 'offline';
    stop?.();
    stop = null;
  });
  return client;
}

function isNewer(cursor: string): boolean {
  if (seen.has(cursor)) return false;
  if (lastCursor === null) return true;
  try {
    return BigInt(cursor) > BigInt(lastCursor);
  } catch {
    return cursor > lastCursor;
  }
}

/** Feeds one event to the handlers unless it was already seen (at-least-once delivery). */
export function deliver(event: PortalEvent) {
  if (!isNewer(event.cursor)) return;
  seen.add(event.cursor);
  if (seen.size > 500) seen.delete(seen.values().next().value as string);
  lastCursor = event.cursor;
  for (const handler of handlers) handler(event);
}

function subscribeEvents(client: WsClient) {
  stop?.();
  if (!session.value) return;
  stop = client.subscribe<{ events: PortalEvent }>(
    { query: 'subscription($after: String) { events(after: $after) { cursor type at payload } }', variables: { after: lastCursor } },
    {
      next: (result) => {
        if (result.data?.events) deliver(result.data.events);
      },
      error: () => {},
      complete: () => {},
    },
  );
}

/** Calls `handler` for every new event (optionally only some types); returns an unsubscribe. */
export function onEvent(handler: (event: PortalEvent) => void, types?: string[]): () => void {
  const wrapped = types ? (e: PortalEvent) => types.some((t) => e.type === t || (t.endsWith('*') && e.type.startsWith(t.slice(0, -1)))) && handler(e) : handler;
  handlers.add(wrapped);
  wsClient();
  return () => handlers.delete(wrapped);
}

/** Called every time the WebSocket (re)connects — the moment to flush queued work. */
export function onReconnect(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}

/** Restarts the socket with the current session (sign-in, sign-out). */
export function restartRealtime() {
  stop?.();
  stop = null;
  lastCursor = null;
  seen.clear();
  const old = ws;
  ws = null;
  void old?.dispose();
  if (session.value) wsClient();
}

onSessionChange(() => restartRealtime());
