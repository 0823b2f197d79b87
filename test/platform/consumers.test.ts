import type { HandlerContext, LoggedEvent, Tx } from '@lacewire/core';
import { createTestPlatform, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dispatcher } from '../../packages/core/src/events/dispatcher.ts';
import { appendEvents } from '../../packages/core/src/events/log.ts';

describe('the dispatcher visits consumers', () => {
  let t: TestPlatform;
  let dispatcher: Dispatcher;
  const handled: Record<string, string[]> = { a: [], b: [] };
  /** Transactions the dispatcher opened for its consumers. */
  let transactions = 0;

  beforeAll(async () => {
    t = await createTestPlatform();
    const counted = () => {
      const em = t.runtime.em();
      const transactional = em.transactional.bind(em);
      em.transactional = ((fn: Parameters<typeof transactional>[0]) => {
        transactions++;
        return transactional(fn);
      }) as typeof em.transactional;
      return em;
    };
    const consumer = (name: 'a' | 'b') => ({
      name: `visits-${name}`,
      type: `visits.${name}`,
      handler: async (event: LoggedEvent) => {
        handled[name].push(event.payload.n);
      },
    });
    dispatcher = new Dispatcher({
      em: counted,
      log: t.runtime.log,
      consumers: [consumer('a'), consumer('b')],
      pollMs: 60_000,
      runHandler: async (em, fn) => {
        await em.transactional((txEm) => fn({ em: txEm } as Tx));
        return () => {};
      },
      handlerContext: (tx) => tx as HandlerContext,
    });
    await dispatcher.start();
  });
  afterAll(async () => {
    await dispatcher.stop();
    await t.close();
  });

  const emit = (type: string, ns: string[]) =>
    t.runtime.em().transactional((em) =>
      appendEvents(
        em as never,
        ns.map((n) => ({ type, payload: { n }, audience: {} })),
      ),
    );

  it('only when an event of its type was published since it was last found caught up', async () => {
    await emit('visits.a', ['1', '2', '3']);
    await dispatcher.settle();
    expect(handled).toEqual({ a: ['1', '2', '3'], b: [] });

    // Nothing new: a pass opens no transaction at all.
    transactions = 0;
    await dispatcher.settle();
    expect(transactions).toBe(0);

    // A new `a` event: one transaction for `a` (handled and found caught up at once), none for `b`.
    await emit('visits.a', ['4']);
    await dispatcher.settle();
    expect(handled.a).toEqual(['1', '2', '3', '4']);
    expect(transactions).toBe(1);

    await emit('visits.b', ['x']);
    await dispatcher.settle();
    expect(handled.b).toEqual(['x']);
    expect(transactions).toBe(2);
  });
});
