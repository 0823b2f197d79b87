import { definePlugin } from '@lacewire/core';
import { createTestPlatform, type TestPlatform, type TestStore } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

// How often each field's resolver ran: the proof of what was computed once and what per subscriber.
const runs = { text: 0, later: 0 };

const sharedEvents = { 'shared.said': z.object({ storeId: z.string(), text: z.string() }) };
type Payloads = { [K in keyof typeof sharedEvents]: z.infer<(typeof sharedEvents)[K]> };
declare module '@lacewire/core' {
  interface EventMap extends Payloads {}
}

const sharedProbePlugin = definePlugin({
  name: 'shared-probe',
  requires: ['stores'],
  events: sharedEvents,
  schema(builder) {
    interface Said {
      text: string;
    }
    const SaidRef = builder.objectRef<Said>('ProbeSaid').implement({
      fields: (t) => ({
        text: t.string({
          args: { prefix: t.arg.string({ required: false }) },
          resolve: (said, args) => {
            runs.text++;
            return `${args.prefix ?? ''}${said.text}`;
          },
        }),
        later: t.string({
          resolve: async (said) => {
            runs.later++;
            await new Promise((resolve) => setTimeout(resolve, 5));
            return said.text.toUpperCase();
          },
        }),
        viewerName: t.string({ resolve: (_said, _args, ctx) => ctx.viewer?.displayName ?? '' }),
      }),
    });
    builder.subscriptionField('probeSaid', (t) =>
      t.field({
        type: SaidRef,
        authScopes: { staff: true },
        subscribe: (_root, _args, ctx) => ctx.runtime.subscribe(ctx.viewer, { types: ['shared.said'] }),
        resolve: (event) => ({ text: event.payload.text }),
      }),
    );
  },
});

describe('subscription results shared between subscribers', () => {
  let t: TestPlatform;
  let store: TestStore;
  beforeAll(async () => {
    t = await createTestPlatform({ plugins: [sharedProbePlugin] });
    store = await t.store('Jing’an');
  });
  afterAll(() => t.close());

  const say = (text: string) =>
    t.runtime.tx(async (tx) => tx.emit('shared.said', { storeId: store.id, text }, { stores: [store.id] }));

  async function deliver(query: string, names: string[], text: string, variables: Record<string, unknown>[] = []) {
    const clients = await Promise.all(names.map((name) => t.staff(store, 'clerk', name)));
    const streams = clients.map((client, i) => client.subscribe(query, variables[i] ?? {}));
    await Promise.all(streams.map((s) => s.ready()));
    await new Promise((resolve) => setTimeout(resolve, 100));
    runs.text = 0;
    runs.later = 0;
    await say(text);
    const received = await Promise.all(streams.map((s) => s.next(3000)));
    await Promise.all(streams.map((s) => s.close()));
    return received.map((r: any) => r.probeSaid);
  }

  it('computes a result that never reads the context once for every subscriber, sync or async', async () => {
    const got = await deliver('subscription { probeSaid { text later } }', ['A', 'B', 'C'], 'hello');
    expect(got).toEqual([
      { text: 'hello', later: 'HELLO' },
      { text: 'hello', later: 'HELLO' },
      { text: 'hello', later: 'HELLO' },
    ]);
    expect(runs).toEqual({ text: 1, later: 1 });
  });

  it('computes per subscriber as soon as a field reads the context (the viewer)', async () => {
    const got = await deliver('subscription { probeSaid { text viewerName } }', ['Ann', 'Bo', 'Cy'], 'hi');
    expect(got).toEqual([
      { text: 'hi', viewerName: 'Ann' },
      { text: 'hi', viewerName: 'Bo' },
      { text: 'hi', viewerName: 'Cy' },
    ]);
    expect(runs.text).toBe(3);
  });

  it('keeps different variables apart', async () => {
    const query = 'subscription($p: String) { probeSaid { text(prefix: $p) } }';
    const got = await deliver(query, ['D', 'E', 'F'], 'x', [{ p: '1:' }, { p: '2:' }, { p: '1:' }]);
    expect(got).toEqual([{ text: '1:x' }, { text: '2:x' }, { text: '1:x' }]);
    expect(runs.text).toBe(2);
  });
});
