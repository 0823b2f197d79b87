import { describe, expect, it } from 'vitest';
import { Outbox, type SendOutcome } from '../src/lib/outbox.ts';

function fakeServer() {
  let up = true;
  const received: string[] = [];
  const ids = new Set<string>();
  return {
    received,
    setUp(v: boolean) {
      up = v;
    },
    async send(text: string, clientId: string): Promise<SendOutcome> {
      await Promise.resolve();
      if (!up) return { ok: false, retryable: true, error: 'Failed to fetch' };
      if (text === 'bad') return { ok: false, retryable: false, error: 'RateLimited' };
      if (!ids.has(clientId)) received.push(text);
      ids.add(clientId);
      return { ok: true };
    },
  };
}

describe('Outbox', () => {
  it('sends in order; a network drop queues everything behind it; reconnect drains in order', async () => {
    const server = fakeServer();
    let n = 0;
    const box = new Outbox<string>({ send: (t, id) => server.send(t, id), retryMs: () => 60_000, newId: () => `c${++n}` });
    box.enqueue('one');
    await box.flush();
    expect(server.received).toEqual(['one']);
    server.setUp(false);
    box.enqueue('two');
    box.enqueue('three');
    await box.flush();
    expect(box.items.value.map((i) => i.state)).toEqual(['sent', 'queued', 'queued']);
    expect(server.received).toEqual(['one']);
    server.setUp(true);
    await box.flush();
    expect(server.received).toEqual(['one', 'two', 'three']);
    expect(box.items.value.map((i) => i.state)).toEqual(['sent', 'sent', 'sent']);
    box.close();
  });

  it('marks a refused message failed without blocking the rest, and resends it with the same clientId', async () => {
    const server = fakeServer();
    const sent: string[] = [];
    const box = new Outbox<string>({
      send: async (t, id) => {
        sent.push(id);
        return server.send(t, id);
      },
      newId: (() => {
        let n = 0;
        return () => `c${++n}`;
      })(),
    });
    box.enqueue('bad');
    box.enqueue('after');
    await box.flush();
    expect(box.items.value.map((i) => [i.state, i.error])).toEqual([
      ['failed', 'RateLimited'],
      ['sent', undefined],
    ]);
    box.retry('c1');
    await box.flush();
    expect(sent).toEqual(['c1', 'c2', 'c1']);
    box.close();
  });

  it('keeps unsent messages across a reload', async () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    const down = async (): Promise<SendOutcome> => ({ ok: false, retryable: true, error: 'offline' });
    const first = new Outbox<string>({ send: down, storage, key: 'k', retryMs: () => 60_000 });
    first.enqueue('hello');
    await first.flush();
    first.close();
    const server = fakeServer();
    const second = new Outbox<string>({ send: (t, id) => server.send(t, id), storage, key: 'k' });
    expect(second.items.value.map((i) => i.payload)).toEqual(['hello']);
    await second.flush();
    expect(server.received).toEqual(['hello']);
    second.close();
  });
});
