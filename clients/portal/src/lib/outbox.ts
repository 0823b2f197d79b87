import { backoffDelay } from '@lacewire/client';
import { type Ref, ref } from 'vue';

/**
 * Messages the customer wrote, on their way to the server. Sent strictly in the order written;
 * a network failure leaves the message `queued` (and everything after it waits) until the
 * connection returns, then the queue drains in order. A refusal from the server (a typed error)
 * marks just that message `failed`, shown with a tap-to-resend. Every message carries a
 * `clientId` the server dedupes by, so a resend after an unclear failure never stores it twice.
 */
export type OutboxState = 'queued' | 'sending' | 'sent' | 'failed';

export interface OutboxItem<T> {
  clientId: string;
  payload: T;
  state: OutboxState;
  error?: string;
  attempts: number;
  createdAt: string;
}

export type SendOutcome = { ok: true } | { ok: false; retryable: boolean; error: string };

export interface OutboxOptions<T> {
  send: (payload: T, clientId: string) => Promise<SendOutcome>;
  /** Persist unsent messages across reloads. */
  storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
  key?: string;
  /** Retry wait after a network failure (ms) when no reconnect signal comes first. */
  retryMs?: (attempt: number) => number;
  newId?: () => string;
}

function uuid(): string {
  if (globalThis.crypto?.randomUUID) return globalThis.crypto.randomUUID();
  return `m-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export class Outbox<T> {
  readonly items: Ref<OutboxItem<T>[]>;
  readonly #options: OutboxOptions<T>;
  #flushing: Promise<void> | null = null;
  #again = false;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #closed = false;

  constructor(options: OutboxOptions<T>) {
    this.#options = options;
    this.items = ref(this.#load()) as Ref<OutboxItem<T>[]>;
    for (const item of this.items.value) if (item.state === 'sending') item.state = 'queued';
  }

  /** Adds a message at the end of the queue and starts sending. */
  enqueue(payload: T): OutboxItem<T> {
    const item: OutboxItem<T> = {
      clientId: (this.#options.newId ?? uuid)(),
      payload,
      state: 'queued',
      attempts: 0,
      createdAt: new Date().toISOString(),
    };
    this.items.value.push(item);
    this.#save();
    void this.flush();
    return this.items.value[this.items.value.length - 1];
  }

  /** Resend a failed message (it keeps its clientId). */
  retry(clientId: string): void {
    const item = this.items.value.find((i) => i.clientId === clientId);
    if (item?.state !== 'failed') return;
    item.state = 'queued';
    item.error = undefined;
    this.#save();
    void this.flush();
  }

  /** Forget messages the server's history now shows. */
  acknowledge(clientIds: Iterable<string>): void {
    const ids = new Set(clientIds);
    const before = this.items.value.length;
    this.items.value = this.items.value.filter((i) => !(i.state === 'sent' && ids.has(i.clientId)));
    if (this.items.value.length !== before) this.#save();
  }

  get pending(): number {
    return this.items.value.filter((i) => i.state === 'queued' || i.state === 'sending').length;
  }

  /** Sends queued messages in order; call on reconnect. Resolves when the queue is drained or blocked. */
  flush(): Promise<void> {
    if (this.#closed) return Promise.resolve();
    if (this.#flushing) {
      this.#again = true;
      return this.#flushing;
    }
    this.#clearTimer();
    this.#flushing = this.#drain().finally(() => {
      this.#flushing = null;
      if (this.#again) {
        this.#again = false;
        void this.flush();
      }
    });
    return this.#flushing;
  }

  close(): void {
    this.#closed = true;
    this.#clearTimer();
  }

  async #drain(): Promise<void> {
    for (;;) {
      const item = this.items.value.find((i) => i.state === 'queued');
      if (!item) return;
      item.state = 'sending';
      item.attempts++;
      let outcome: SendOutcome;
      try {
        outcome = await this.#options.send(item.payload, item.clientId);
      } catch (error) {
        outcome = { ok: false, retryable: true, error: String(error) };
      }
      if (outcome.ok) {
        item.state = 'sent';
        item.error = undefined;
      } else if (outcome.retryable) {
        // The network is down: keep the order, wait for the connection (or a timer) to come back.
        item.state = 'queued';
        item.error = outcome.error;
        this.#save();
        this.#schedule(item.attempts);
        return;
      } else {
        item.state = 'failed';
        item.error = outcome.error;
      }
      this.#save();
    }
  }

  #schedule(attempt: number) {
    this.#clearTimer();
    const wait = (this.#options.retryMs ?? ((n) => backoffDelay(n, { baseMs: 1000, maxMs: 15_000 })))(attempt);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.flush();
    }, wait);
  }

  #clearTimer() {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #load(): OutboxItem<T>[] {
    try {
      const raw = this.#options.key ? this.#options.storage?.getItem(this.#options.key) : null;
      return raw ? (JSON.parse(raw) as OutboxItem<T>[]) : [];
    } catch {
      return [];
    }
  }

  #save() {
    if (!this.#options.key || !this.#options.storage) return;
    const unsent = this.items.value.filter((i) => i.state !== 'sent');
    this.#options.storage.setItem(this.#options.key, JSON.stringify(unsent));
  }
}
