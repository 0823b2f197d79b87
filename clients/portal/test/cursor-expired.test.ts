import type { TransportSink } from '@lacewire/client';
import { describe, expect, it } from 'vitest';
import Complaints from '../src/views/Complaints.vue';
import { flush, mountView } from './helpers.ts';

/** The ordered stream's transport, driven by the test. */
class FakeTransport {
  subs: { after: string | null; sink: TransportSink }[] = [];
  subscribe(after: string | null, sink: TransportSink) {
    this.subs.push({ after, sink });
    return () => {};
  }
}

describe('a cursor the server no longer keeps', () => {
  it('makes the screen refetch and the stream resume from now', async () => {
    const transport = new FakeTransport();
    const { calls, lacewire, wrapper } = await mountView(
      Complaints,
      { MyComplaints: () => ({ myComplaints: [], myOrders: [] }) },
      '/complaints',
      {},
      { stream: { transport } },
    );
    lacewire.stream.start();
    transport.subs[0].sink.connected();
    transport.subs[0].sink.next({ cursor: '12', type: 'store.updated', payload: {}, at: new Date().toISOString() });
    // The first connect's refetch (debounced) is done before counting.
    await new Promise((r) => setTimeout(r, 300));
    const before = calls.filter((c) => c.name === 'MyComplaints').length;
    transport.subs[0].sink.error([{ message: 'no longer kept', extensions: { code: 'CursorExpired' } }]);
    await flush();
    // At once, without the cursor.
    expect(transport.subs.map((s) => s.after)).toEqual([null, null]);
    transport.subs[1].sink.connected();
    await new Promise((r) => setTimeout(r, 300));
    expect(calls.filter((c) => c.name === 'MyComplaints').length).toBeGreaterThan(before);
    lacewire.stream.stop();
    wrapper.unmount();
  });
});
