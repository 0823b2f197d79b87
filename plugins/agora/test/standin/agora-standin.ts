import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * A local stand-in for Agora's cloud at the network boundary, for tests (Agora can't be reached
 * from here). It speaks the documented RTM REST API for peer messages
 *   POST /dev/v2/project/{appId}/rtm/users/{user_id}/peer_messages   (Basic auth, JSON body,
 *   payload ≤ 32 KB, answer {"result":"success","request_id":…,"code":"message_sent"})
 * records every request, and fails, stalls, rate-limits or goes down on command. It also sends
 * notification webhooks the way Agora does (JSON body, `Agora-Signature-V2` = HMAC-SHA256 hex,
 * `Agora-Signature` = HMAC-SHA1 hex, resends with the same noticeId).
 *
 *   const agora = await AgoraStandin.start({ appId, customerKey, customerSecret });
 *   agoraPlugin({ baseUrl: agora.url, ... });  agora.failNext(3);  agora.deliveredTo(userId)
 */
export interface StandinOptions {
  appId: string;
  customerKey: string;
  customerSecret: string;
  /** Enforced calls per second (Agora: 500 peer + channel messages per app id); 0 = off. */
  ratePerSecond?: number;
}

export type Outcome =
  | 'delivered'
  | 'failed'
  | 'rate_limited'
  | 'abandoned'
  | 'unauthorized'
  | 'bad_request'
  | 'not_found'
  | 'down';

export interface RecordedRequest {
  at: Date;
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  rawBody: string;
  body: any;
  status: number | null;
  outcome: Outcome;
}

export interface Delivered {
  requestId: string;
  from: string;
  destination: string;
  payload: string;
  /** The payload parsed as JSON (Lacewire pushes are JSON), or null. */
  message: any;
  enableOffline: boolean;
  at: Date;
}

export interface Notice {
  noticeId: string;
  productId: number;
  eventType: number;
  notifyMs: number;
  sid: string;
  payload: Record<string, unknown>;
}

export const MAX_PAYLOAD_BYTES = 32 * 1024;
const PEER_PATH = /^\/dev\/v2\/project\/([^/]+)\/rtm\/users\/([^/]+)\/peer_messages$/;

export class AgoraStandin {
  readonly options: StandinOptions;
  readonly requests: RecordedRequest[] = [];
  readonly delivered: Delivered[] = [];
  url = '';
  #server: Server;
  #sockets = new Set<Socket>();
  #failures: number[] = [];
  #rateLimits: number[] = [];
  #stalls: number[] = [];
  #down = false;
  #window: number[] = [];
  #waiters: (() => void)[] = [];

  private constructor(options: StandinOptions) {
    this.options = options;
    this.#server = createServer((req, res) => void this.#handle(req, res));
    this.#server.on('connection', (socket) => {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
      if (this.#down) socket.destroy();
    });
  }

  static async start(options: StandinOptions, port = 0): Promise<AgoraStandin> {
    const standin = new AgoraStandin(options);
    await new Promise<void>((resolve) => standin.#server.listen(port, '127.0.0.1', resolve));
    const address = standin.#server.address();
    standin.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
    return standin;
  }

  /** The next n peer-message calls answer with this status (default 500). */
  failNext(n: number, status = 500): this {
    for (let i = 0; i < n; i++) this.#failures.push(status);
    return this;
  }

  /** The next n calls answer 429 Too Many Requests with Retry-After. */
  rateLimitNext(n: number, retryAfterSeconds = 1): this {
    for (let i = 0; i < n; i++) this.#rateLimits.push(retryAfterSeconds);
    return this;
  }

  /** The next n calls hang for ms; if the caller gives up first, the message is not delivered. */
  stallNext(n: number, ms = 30_000): this {
    for (let i = 0; i < n; i++) this.#stalls.push(ms);
    return this;
  }

  /** Outage: every connection is cut (the caller sees a network error) until up(). */
  down(): this {
    this.#down = true;
    for (const socket of this.#sockets) socket.destroy();
    return this;
  }

  up(): this {
    this.#down = false;
    return this;
  }

  /** Enforce Agora's per-app rate (429 beyond it); 0 turns it off. */
  limitRate(perSecond: number): this {
    this.options.ratePerSecond = perSecond;
    return this;
  }

  /** Parsed Lacewire messages delivered to one RTM user, in order. */
  deliveredTo(userId: string): any[] {
    return this.delivered.filter((d) => d.destination === userId).map((d) => d.message);
  }

  /** Resolves when at least `count` messages were delivered (optionally to one user). */
  async waitForDelivered(count: number, userId?: string, timeoutMs = 15_000): Promise<Delivered[]> {
    const deadline = Date.now() + timeoutMs;
    const matching = () => this.delivered.filter((d) => !userId || d.destination === userId);
    while (matching().length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`stand-in: ${matching().length}/${count} messages delivered within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return matching();
  }

  async close() {
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const record: RecordedRequest = {
      at: new Date(),
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      rawBody,
      body: safeJson(rawBody),
      status: null,
      outcome: 'down',
    };
    this.requests.push(record);
    const answer = (status: number, body: unknown, outcome: Outcome, headers: Record<string, string> = {}) => {
      record.status = status;
      record.outcome = outcome;
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
    };
    if (this.#down) {
      req.socket.destroy();
      return;
    }
    const match = PEER_PATH.exec(url.pathname);
    if (req.method !== 'POST' || !match) return answer(404, { message: 'Not found' }, 'not_found');
    if (decodeURIComponent(match[1]) !== this.options.appId) return answer(404, { message: 'Invalid app id' }, 'not_found');
    const expected = `Basic ${Buffer.from(`${this.options.customerKey}:${this.options.customerSecret}`).toString('base64')}`;
    if (req.headers.authorization !== expected) {
      return answer(401, { message: 'Invalid authentication credentials' }, 'unauthorized');
    }
    const body = record.body;
    const from = decodeURIComponent(match[2]);
    if (
      !body ||
      typeof body.destination !== 'string' ||
      body.destination.length === 0 ||
      body.destination.length > 64 ||
      typeof body.payload !== 'string' ||
      from.length > 64
    ) {
      return answer(400, { result: 'failed', code: 'invalid_parameters' }, 'bad_request');
    }
    if (Buffer.byteLength(body.payload, 'utf8') > MAX_PAYLOAD_BYTES) {
      return answer(400, { result: 'failed', code: 'message_too_long' }, 'bad_request');
    }
    if (this.#rateLimits.length > 0) {
      const seconds = this.#rateLimits.shift() as number;
      return answer(429, { message: 'Too Many Requests' }, 'rate_limited', { 'retry-after': String(seconds) });
    }
    if (this.options.ratePerSecond) {
      const now = Date.now();
      this.#window = this.#window.filter((t) => t > now - 1000);
      if (this.#window.length >= this.options.ratePerSecond) {
        return answer(429, { message: 'Too Many Requests' }, 'rate_limited', { 'retry-after': '1' });
      }
      this.#window.push(now);
    }
    if (this.#failures.length > 0) {
      const status = this.#failures.shift() as number;
      return answer(status, { result: 'failed', code: 'internal_error' }, 'failed');
    }
    if (this.#stalls.length > 0) {
      const ms = this.#stalls.shift() as number;
      const gaveUp = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), ms);
        res.on('close', () => {
          clearTimeout(timer);
          resolve(!res.writableFinished);
        });
      });
      if (gaveUp || res.destroyed) {
        record.outcome = 'abandoned';
        return;
      }
    }
    const requestId = randomUUID();
    this.delivered.push({
      requestId,
      from,
      destination: body.destination,
      payload: body.payload,
      message: safeJson(body.payload),
      enableOffline: !!body.enable_offline_messaging,
      at: new Date(),
    });
    for (const waiter of this.#waiters.splice(0)) waiter();
    answer(200, { result: 'success', request_id: requestId, code: 'message_sent' }, 'delivered');
  }

  // ---- notification webhook sender ----

  /** A channel notice as Agora's NCS sends it (productId 1 = RTC). */
  static notice(
    eventType: number,
    payload: Record<string, unknown>,
    noticeId = `${Date.now()}:${Math.floor(Math.random() * 1e6)}:${eventType}`,
  ): Notice {
    return {
      noticeId,
      productId: 1,
      eventType,
      notifyMs: Date.now(),
      sid: randomUUID().replace(/-/g, '').slice(0, 16).toUpperCase(),
      payload: { ts: Math.floor(Date.now() / 1000), ...payload },
    };
  }

  /**
   * POSTs a notice to a webhook, signed with `secret` like Agora does. `tamper` changes the body
   * after signing; `signature: null` leaves the header out; a string replaces it.
   */
  static async sendNotice(
    url: string,
    secret: string,
    notice: Notice,
    options: { tamper?: (raw: string) => string; signature?: string | null } = {},
  ): Promise<{ status: number; body: any }> {
    const raw = JSON.stringify(notice);
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'agora-signature': createHmac('sha1', secret).update(raw).digest('hex'),
      'agora-signature-v2': createHmac('sha256', secret).update(raw).digest('hex'),
    };
    if (options.signature === null) {
      delete headers['agora-signature'];
      delete headers['agora-signature-v2'];
    } else if (typeof options.signature === 'string') headers['agora-signature-v2'] = options.signature;
    const response = await fetch(url, { method: 'POST', headers, body: options.tamper ? options.tamper(raw) : raw });
    return { status: response.status, body: safeJson(await response.text()) };
  }
}

function safeJson(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
