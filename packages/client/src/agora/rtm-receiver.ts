import { SeenCursors } from '../cursor.ts';
import type { StreamEvent } from '../stream.ts';
import { loadRtmSdk } from './sdk.ts';
import type { PushMessage, RtmClientLike, RtmLinkStateEvent, RtmMessageEvent, RtmSdk } from './types.ts';

export type RtmReceiverState = 'loading' | 'connected' | 'reconnecting' | 'failed' | 'stopped';

export interface RtmReceiverOptions {
  appId: string;
  /** The account's RTM user id (agoraSession.rtmUserId). */
  userId: string;
  token: string;
  /** When to fetch a new token (agoraSession.renewAt); renewal also happens on the SDK's warning. */
  renewAt?: Date | string | null;
  /** Fetches a fresh token (agoraSession again). */
  renew: () => Promise<{ token: string; renewAt?: Date | string | null }>;
  /** Each event once (deduplicated by id here; the shared stream dedupes across sources too). */
  onEvent: (event: StreamEvent) => void;
  /** Loads an event that was pushed by reference (larger than 32 KB): `agoraEvent(cursor:)`. */
  fetchEvent?: (cursor: string) => Promise<StreamEvent | null>;
  onState?: (state: RtmReceiverState) => void;
  onError?: (error: unknown) => void;
  /** Defaults to a lazy `import('agora-rtm-sdk')`; tests pass a stand-in. */
  loadSdk?: () => Promise<RtmSdk>;
  dedupeLimit?: number;
  /** Retry delay after a failed renewal (ms). */
  renewRetryMs?: number;
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (handle: any) => void;
  now?: () => number;
}

export interface RtmReceiver {
  readonly state: RtmReceiverState;
  readonly stats: { received: number; delivered: number; duplicates: number; invalid: number; renewals: number };
  /** Fetch a new token now and hand it to the SDK. */
  renewNow(): Promise<void>;
  stop(): Promise<void>;
}

/** Parses one RTM message into a stream event; null when it is not a Lacewire push. */
export function parsePush(raw: string | Uint8Array): PushMessage | null {
  try {
    const text = typeof raw === 'string' ? raw : new TextDecoder().decode(raw);
    const value = JSON.parse(text);
    if (value?.lw !== 1 || typeof value.id !== 'string' || !/^\d+$/.test(value.id) || typeof value.type !== 'string') return null;
    return value as PushMessage;
  } catch {
    return null;
  }
}

/**
 * Logs in to Agora RTM with the server's token and turns Lacewire's peer-message pushes into
 * stream events: each id delivered once, large events fetched by reference, the token renewed
 * before it expires (at `renewAt`, and whenever the SDK warns).
 *
 *   const rtm = await startRtmReceiver({ appId, userId, token, renewAt, renew, onEvent, fetchEvent });
 */
export async function startRtmReceiver(options: RtmReceiverOptions): Promise<RtmReceiver> {
  const setTimer = options.setTimeout ?? ((fn, ms) => globalThis.setTimeout(fn, ms));
  const clearTimer = options.clearTimeout ?? ((h) => globalThis.clearTimeout(h));
  const now = options.now ?? Date.now;
  const seen = new SeenCursors(options.dedupeLimit ?? 2000);
  const stats = { received: 0, delivered: 0, duplicates: 0, invalid: 0, renewals: 0 };
  let state: RtmReceiverState = 'loading';
  let stopped = false;
  let renewTimer: unknown = null;
  let renewing: Promise<void> | null = null;

  const setState = (next: RtmReceiverState) => {
    if (state === next) return;
    state = next;
    options.onState?.(next);
  };
  options.onState?.('loading');

  const sdk = await (options.loadSdk ?? loadRtmSdk)();
  const client: RtmClientLike = new sdk.RTM(options.appId, options.userId);

  const deliver = (event: StreamEvent) => {
    if (stopped) return;
    if (seen.has(event.cursor)) {
      stats.duplicates++;
      return;
    }
    seen.add(event.cursor);
    stats.delivered++;
    options.onEvent(event);
  };

  const onMessage = (event: RtmMessageEvent) => {
    if (event.channelType && event.channelType !== 'USER') return;
    stats.received++;
    const push = parsePush(event.message);
    if (!push) {
      stats.invalid++;
      return;
    }
    if (seen.has(push.id)) {
      stats.duplicates++;
      return;
    }
    if (!push.ref) {
      deliver({ cursor: push.id, type: push.type, at: push.at, payload: push.payload });
      return;
    }
    if (!options.fetchEvent) return; // the ordered subscription brings it anyway
    options
      .fetchEvent(push.id)
      .then((full) => {
        if (full) deliver(full);
      })
      .catch((error) => options.onError?.(error));
  };

  const onLinkState = (event: RtmLinkStateEvent) => {
    if (stopped) return;
    if (event.currentState === 'CONNECTED') setState('connected');
    else if (event.currentState === 'FAILED') setState('failed');
    else if (event.currentState === 'CONNECTING' || event.currentState === 'DISCONNECTED' || event.currentState === 'SUSPENDED') {
      if (state === 'connected') setState('reconnecting');
    }
  };

  const schedule = (renewAt: Date | string | null | undefined) => {
    if (renewTimer !== null) clearTimer(renewTimer);
    renewTimer = null;
    if (!renewAt || stopped) return;
    const delay = Math.max(0, new Date(renewAt).getTime() - now());
    renewTimer = setTimer(() => {
      renewTimer = null;
      void renewNow();
    }, delay);
  };

  const renewNow = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    renewing ??= (async () => {
      try {
        const next = await options.renew();
        if (stopped) return;
        await client.renewToken(next.token);
        stats.renewals++;
        schedule(next.renewAt ?? null);
      } catch (error) {
        options.onError?.(error);
        if (!stopped) {
          if (renewTimer !== null) clearTimer(renewTimer);
          renewTimer = setTimer(() => {
            renewTimer = null;
            void renewNow();
          }, options.renewRetryMs ?? 5000);
        }
      } finally {
        renewing = null;
      }
    })();
    return renewing;
  };
  const onWillExpire = () => void renewNow();

  client.addEventListener('message', onMessage);
  client.addEventListener('linkState', onLinkState);
  client.addEventListener('tokenPrivilegeWillExpire', onWillExpire);
  try {
    await client.login({ token: options.token });
  } catch (error) {
    setState('failed');
    client.removeEventListener('message', onMessage);
    client.removeEventListener('linkState', onLinkState);
    client.removeEventListener('tokenPrivilegeWillExpire', onWillExpire);
    throw error;
  }
  setState('connected');
  schedule(options.renewAt ?? null);

  return {
    get state() {
      return state;
    },
    get stats() {
      return { ...stats };
    },
    renewNow,
    async stop() {
      if (stopped) return;
      stopped = true;
      if (renewTimer !== null) clearTimer(renewTimer);
      client.removeEventListener('message', onMessage);
      client.removeEventListener('linkState', onLinkState);
      client.removeEventListener('tokenPrivilegeWillExpire', onWillExpire);
      setState('stopped');
      try {
        await client.logout();
      } catch {
        /* already gone */
      }
    },
  };
}
