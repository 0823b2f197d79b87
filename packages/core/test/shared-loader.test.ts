import { describe, expect, it } from 'vitest';
import { sharedLoader } from '../src/index.ts';

describe('sharedLoader', () => {
  it('batches per operation, and coalesces the batches of concurrent operations into one load', async () => {
    // The lookup's own EntityManager, emptied before each batch.
    const em = { clears: 0, clear: () => em.clears++ };
    const runtime = { em: () => em as never };
    const loads: string[][] = [];
    const clearsSeen: number[] = [];
    const loader = sharedLoader<string, string>('test.letters', async (used, keys) => {
      expect(used).toBe(em);
      clearsSeen.push(em.clears);
      loads.push([...keys]);
      await new Promise((r) => setTimeout(r, 10));
      return keys.map((k) => (k === 'missing' ? null : k.toUpperCase()));
    });
    // Three operations (three contexts) of one platform.
    const [first, second, third] = [{ runtime }, { runtime }, { runtime }];
    const a = loader(first).loadMany(['a', 'b']);
    await new Promise((r) => setImmediate(r)); // the first batch is under way
    const b = loader(second).loadMany(['b', 'c', 'b']);
    const c = loader(third).load('missing');
    expect(await a).toEqual(['A', 'B']);
    expect(await b).toEqual(['B', 'C', 'B']);
    expect(await c).toBeNull();
    // The later operations' keys went together, each once.
    expect(loads).toEqual([
      ['a', 'b'],
      ['b', 'c', 'missing'],
    ]);
    expect(clearsSeen).toEqual([1, 2]);
  });

  it('keeps platforms apart', async () => {
    const loads: string[] = [];
    const loader = sharedLoader<string, string>('test.apart', async (em, keys) => {
      loads.push(`${(em as unknown as { name: string }).name}:${keys.join(',')}`);
      return keys.map((k) => k);
    });
    const one = { runtime: { em: () => ({ name: 'one', clear() {} }) as never } };
    const two = { runtime: { em: () => ({ name: 'two', clear() {} }) as never } };
    await Promise.all([loader(one).load('x'), loader(two).load('y')]);
    expect(loads.sort()).toEqual(['one:x', 'two:y']);
  });
});
