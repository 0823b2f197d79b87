import { CSRF_HEADER } from '@lacewire/core';

export interface SseMessage {
  event: string;
  data: any;
}

/**
 * A subscription over Server-Sent Events, as a browser's EventSource-like client would open it:
 * POST with `accept: text/event-stream`. Collects every message until the server ends the stream.
 */
export class SseSubscription {
  readonly messages: SseMessage[] = [];
  ended = false;
  readonly #abort = new AbortController();
  readonly #done: Promise<void>;
  readonly #opened: Promise<void>;

  constructor(url: string, token: string | null, query: string, variables: Record<string, unknown> = {}) {
    let opened: () => void = () => {};
    this.#opened = new Promise<void>((resolve) => {
      opened = resolve;
    });
    this.#done = (async () => {
      try {
        const response = await fetch(url, {
          method: 'POST',
          signal: this.#abort.signal,
          headers: {
            'content-type': 'application/json',
            accept: 'text/event-stream',
            [CSRF_HEADER]: '1',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify({ query, variables }),
        });
        opened();
        const decoder = new TextDecoder();
        let text = '';
        for await (const chunk of response.body as any) {
          text += decoder.decode(chunk, { stream: true });
          let cut = text.indexOf('\n\n');
          while (cut >= 0) {
            this.#parse(text.slice(0, cut));
            text = text.slice(cut + 2);
            cut = text.indexOf('\n\n');
          }
        }
      } catch {
        // aborted by close()
      } finally {
        opened();
        this.ended = true;
      }
    })();
  }

  #parse(block: string) {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).trim());
    }
    if (data.length) this.messages.push({ event, data: JSON.parse(data.join('\n')) });
  }

  /** Resolves once the response headers are in (the server has subscribed). */
  opened(): Promise<void> {
    return this.#opened;
  }

  /** The `next` payloads' data so far. */
  get values(): any[] {
    return this.messages.filter((m) => m.event === 'next' && m.data.data).map((m) => m.data.data);
  }

  get errors(): any[] {
    return this.messages.flatMap((m) => m.data?.errors ?? []);
  }

  async waitFor(predicate: () => boolean, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error(`SSE: condition not met in ${timeoutMs} ms: ${JSON.stringify(this.messages)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Waits until the server ends the stream. */
  async closedByServer(timeoutMs = 5000): Promise<void> {
    await this.waitFor(() => this.ended, timeoutMs);
  }

  async close(): Promise<void> {
    this.#abort.abort();
    await this.#done;
  }
}
