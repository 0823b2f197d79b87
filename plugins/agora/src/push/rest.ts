import type { AgoraConfig } from '../config.ts';

export type SendOutcome =
  | { kind: 'sent'; status: number; latencyMs: number }
  | { kind: 'rate_limited'; status: number; latencyMs: number; retryAfterMs: number | null; error: string }
  | { kind: 'retry'; status: number | null; latencyMs: number; error: string }
  | { kind: 'timeout'; status: null; latencyMs: number; error: string }
  | { kind: 'failed'; status: number; latencyMs: number; error: string };

/** Basic auth as Agora's RESTful API documents it: base64("customerKey:customerSecret"). */
export function basicAuth(customerKey: string, customerSecret: string): string {
  return `Basic ${Buffer.from(`${customerKey}:${customerSecret}`).toString('base64')}`;
}

export function peerMessageUrl(config: Pick<AgoraConfig, 'baseUrl' | 'appId'>, fromUserId: string): string {
  return `${config.baseUrl}/dev/v2/project/${config.appId}/rtm/users/${encodeURIComponent(fromUserId)}/peer_messages?wait_for_ack=false`;
}

/** The server's sender id for peer messages (any user id is allowed with Basic auth). */
export const SERVER_RTM_USER = 'lacewire-server';

/**
 * Sends one RTM peer message through Agora's REST API:
 * POST {base}/dev/v2/project/{appId}/rtm/users/{sender}/peer_messages
 * body { destination, enable_offline_messaging, enable_historical_messaging, payload }.
 * Classifies the result for the retry policy: 2xx with code message_sent/delivered → sent;
 * 429 → rate limited; 408/5xx/network → retry; timeout → timeout; other 4xx → failed.
 */
export async function sendPeerMessage(config: AgoraConfig, destination: string, payload: string): Promise<SendOutcome> {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  let response: Response;
  try {
    response = await fetch(peerMessageUrl(config, SERVER_RTM_USER), {
      method: 'POST',
      headers: {
        'content-type': 'application/json;charset=utf-8',
        accept: 'application/json',
        authorization: basicAuth(config.customerKey as string, config.customerSecret as string),
      },
      body: JSON.stringify({
        destination,
        enable_offline_messaging: true,
        enable_historical_messaging: false,
        payload,
      }),
      signal: AbortSignal.timeout(config.pushTimeoutMs),
    });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      return { kind: 'timeout', status: null, latencyMs: latency(), error: `no answer within ${config.pushTimeoutMs} ms` };
    }
    return { kind: 'retry', status: null, latencyMs: latency(), error: (error as Error).message };
  }
  let text = '';
  try {
    text = await response.text();
  } catch (error) {
    return { kind: 'retry', status: response.status, latencyMs: latency(), error: (error as Error).message };
  }
  const status = response.status;
  if (status === 429) {
    const header = response.headers.get('retry-after');
    const seconds = header ? Number(header) : Number.NaN;
    return {
      kind: 'rate_limited',
      status,
      latencyMs: latency(),
      retryAfterMs: Number.isFinite(seconds) ? seconds * 1000 : null,
      error: `HTTP 429 ${text.slice(0, 200)}`,
    };
  }
  if (status >= 200 && status < 300) {
    let body: { result?: string; code?: string } = {};
    try {
      body = JSON.parse(text);
    } catch {
      /* treated below */
    }
    if (body.code === 'message_sent' || body.code === 'message_delivered' || body.result === 'success') {
      return { kind: 'sent', status, latencyMs: latency() };
    }
    // e.g. message_offline when offline messaging is off: the peer will not get it now; retry later.
    return { kind: 'retry', status, latencyMs: latency(), error: `unexpected answer ${text.slice(0, 200)}` };
  }
  if (status === 408 || status >= 500)
    return { kind: 'retry', status, latencyMs: latency(), error: `HTTP ${status} ${text.slice(0, 200)}` };
  return { kind: 'failed', status, latencyMs: latency(), error: `HTTP ${status} ${text.slice(0, 200)}` };
}
