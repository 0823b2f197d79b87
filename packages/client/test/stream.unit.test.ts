import { describe, expect, it } from 'vitest';
import {
  compareCursors,
  EventStream,
  type ExtraEventSource,
  SeenCursors,
  type StreamEvent,
  type TransportSink,
} from '../src/index.ts';

/** A fake server: a log of events; each subscription replays after its cursor, then gets live ones. */
class FakeServer {
  log: StreamEvent[] = [];
  subs: { after: string | null; sink: TransportSink; open: boolean }[] = [];
  nextId = 1;

  transport = {
    subscribe: (after: string | null, sink: TransportSink) => {
      const sub = { after, sink, open: true };
      this.subs.push(sub);
      queueMicrotask(() => {
        if (!sub.open) return;
        sink.connected();
        if (after !== null) for (const e of this.log) if (compareCursors(e.cursor, after) > 0 && sub.open) sink.next(e);
      });
      return () => {
        sub.open = false;
      };
    },
  };

  emit(type = 'order.statusChanged', payload: unknown = {}) {
    const event = { cursor: String(this.nextId++), type, payload, at: new Date().toISOString() };
    this.log.push(event);
    for (const s of this.subs) if (s.open) s.sink.next(event);
    return event;
  }

  /** The socket drops: every open subscription errors. Events emitted meanwhile reach nobody. */
  drop(error: unknown = { code: 1006 }) {
    for (const s of this.subs) {
      if (!s.open) continue;
      s.open = false;
      s.sink.error(error);
    }
  }

  get open() {
    return this.subs.filter((s) => s.open);
  }
}

const tick = () => new Promise((r) => setTimeout(r, 0));

function setup(options: Partial<ConstructorParameters<typeof EventStream>[0]> = {}) {
  const server = new FakeServer();
  const timers: (() => void)[] = [];
  const stream = new EventStream({
    transport: server.transport,
    setTimeout: (fn) => timers.push(fn),
    clearTimeout: () => {},
    ...options,
  });
  const seen: string[] = [];
  const states: string[] = [];
  stream.on('*', (e) => seen.push(e.cursor));
  stream.onState((s) => states.push(s));
  const fireTimers = () => {
    for (const fn of timers.splice(0)) fn();
  };
  return { server, stream, seen, states, fireTimers };
}

describe('EventStream', () => {
  it('delivers live events and keeps the last cursor', async () => {
    const { server, stream, seen } = setup();
    stream.start();
    await tick();
    expect(stream.state).toBe('connected');
    server.emit();
    server.emit();
    expect(seen).toEqual(['1', '2']);
    expect(stream.cursor).toBe('2');
  });

  it('resumes after a reconnect with no gap and no duplicate', async () => {
    const { server, stream, seen, states, fireTimers } = setup();
    stream.start();
    await tick();
    server.emit();
    server.emit();
    server.drop();
    expect(stream.state).toBe('reconnecting');
    server.emit(); // missed while down
    server.emit();
    fireTimers();
    expect(server.subs.at(-1)?.after).toBe('2');
    await tick();
    server.emit();
    expect(seen).toEqual(['1', '2', '3', '4', '5']);
    expect(states).toEqual(['connecting', 'connected', 'reconnecting', 'connected']);
  });

  it('drops replayed events it already has (server replays from an older cursor)', async () => {
    const { server, stream, seen } = setup();
    stream.start();
    await tick();
    server.emit();
    server.emit();
    server.emit();
    // A second subscription (e.g. a reconnect racing the old socket) replays from the start.
    server.transport.subscribe('0', {
      connected() {},
      next: (e) => stream.deliver(e, true),
      error() {},
      complete() {},
    });
    await tick();
    expect(seen).toEqual(['1', '2', '3']);
    expect(stream.stats.duplicates).toBe(3);
  });

  it('extra sources dedupe by cursor and never move the resume cursor', async () => {
    const { server, stream, seen, fireTimers } = setup();
    let push: (e: StreamEvent) => void = () => {};
    const rtm: ExtraEventSource = {
      name: 'rtm',
      start(deliver) {
        push = deliver;
        return () => {
          push = () => {};
        };
      },
    };
    stream.addSource(rtm);
    stream.start();
    await tick();
    const first = server.emit();
    push(first); // the push arrives after the subscription: dropped
    server.drop();
    const second = server.emit(); // socket down, the push gets through first
    push(second);
    expect(seen).toEqual(['1', '2']);
    expect(stream.cursor).toBe('1'); // resume cursor stays on the ordered source
    server.emit(); // 3 missed by both
    fireTimers();
    await tick();
    expect(server.subs.at(-1)?.after).toBe('1');
    expect(seen).toEqual(['1', '2', '3']); // 2 replayed but not delivered twice, 3 caught up
    expect(stream.cursor).toBe('3');
  });

  it('an out-of-order push does not make the ordered source skip an earlier event', async () => {
    const { server, stream, seen } = setup();
    let push: (e: StreamEvent) => void = () => {};
    stream.addSource({
      name: 'rtm',
      start: (d) => {
        push = d;
        return () => {};
      },
    });
    stream.start();
    await tick();
    push({ cursor: '2', type: 'x.y', payload: {}, at: '' });
    server.emit('x.y'); // cursor 1 arrives after 2 was pushed
    server.emit('x.y'); // cursor 2 again: duplicate
    expect(seen).toEqual(['2', '1']);
    expect(stream.cursor).toBe('2');
  });

  it('asks the app to resync when it connects without any cursor (first start, and reconnects)', async () => {
    const { server, stream, fireTimers } = setup();
    let resyncs = 0;
    stream.onResync(() => resyncs++);
    stream.start();
    await tick();
    // What happened while the screens ran their first queries is caught by one refetch.
    expect(resyncs).toBe(1);
    server.drop();
    fireTimers();
    await tick();
    expect(resyncs).toBe(2);
    expect(server.subs.at(-1)?.after).toBe(null);
  });

  it('resumes from now and asks for a refetch when the server no longer keeps events after its cursor', async () => {
    const saved: (string | null)[] = [];
    const { server, stream, states } = setup({ saveCursor: (c) => saved.push(c) });
    let resyncs = 0;
    stream.onResync(() => resyncs++);
    stream.start();
    await tick();
    server.emit();
    expect(stream.cursor).toBe('1');
    // As graphql-ws reports it: the subscription's errors, typed by extensions.code.
    server.drop([{ message: 'Events after this cursor are no longer kept', extensions: { code: 'CursorExpired' } }]);
    await tick();
    // At once (no backoff timer fired), without a cursor, and the screens refetch.
    expect(server.subs.at(-1)?.after).toBe(null);
    expect(server.open.length).toBe(1);
    expect(stream.cursor).toBe(null);
    expect(saved.at(-1)).toBe(null);
    expect(resyncs).toBe(2);
    expect(states.at(-1)).toBe('connected');
    server.emit();
    expect(stream.cursor).toBe('2');
  });

  it('stops and reports when the session ended (close 4401)', async () => {
    let ended = 0;
    const { server, stream } = setup({
      isSessionEnded: (e: any) => e?.code === 4401,
      onSessionEnded: () => ended++,
    });
    stream.start();
    await tick();
    server.drop({ code: 4401 });
    expect(ended).toBe(1);
    expect(stream.state).toBe('stopped');
    expect(server.open.length).toBe(0);
  });

  it('goes offline with the network and resumes when it returns', async () => {
    let online = true;
    let notify = () => {};
    const { server, stream, seen, states } = setup({
      online: () => online,
      watchOnline: (l) => {
        notify = l;
        return () => {};
      },
    });
    stream.start();
    await tick();
    server.emit();
    online = false;
    notify();
    expect(stream.state).toBe('offline');
    server.emit();
    online = true;
    notify();
    await tick();
    expect(stream.state).toBe('connected');
    expect(seen).toEqual(['1', '2']);
    expect(states).toEqual(['connecting', 'connected', 'offline', 'reconnecting', 'connected']);
  });

  it('routes by type, prefix and wildcard', async () => {
    const { server, stream } = setup();
    const got: string[] = [];
    stream.on('order.*', (e) => got.push(`prefix:${e.type}`));
    stream.on(['message.sent'], (e) => got.push(`exact:${e.type}`));
    stream.start();
    await tick();
    server.emit('order.statusChanged');
    server.emit('message.sent');
    server.emit('store.updated');
    expect(got).toEqual(['prefix:order.statusChanged', 'exact:message.sent']);
  });
});

describe('SeenCursors', () => {
  it('compares cursors numerically', () => {
    expect(compareCursors('9', '10')).toBeLessThan(0);
    expect(compareCursors('100', '100')).toBe(0);
  });

  it('stays bounded and treats evicted cursors as seen', () => {
    const seen = new SeenCursors(3);
    for (const c of ['1', '2', '3', '4', '5']) seen.add(c);
    expect(seen.size).toBe(3);
    expect(seen.has('1')).toBe(true);
    expect(seen.has('5')).toBe(true);
    expect(seen.has('6')).toBe(false);
  });
});
