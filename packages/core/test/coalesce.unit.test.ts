import { describe, expect, it } from 'vitest';
import { Coalescer } from '../src/index.ts';

/** A batch run that records its batches: "bad" fails the whole batch, "refused" only itself. */
function recorder() {
  const batches: string[][] = [];
  const run = async (units: string[]) => {
    batches.push(units);
    await new Promise((r) => setTimeout(r, 5));
    if (units.includes('bad')) throw new Error('batch failed');
    return units.map((u) => (u === 'refused' ? new Error('refused alone') : u.toUpperCase()));
  };
  return { batches, run };
}

describe('Coalescer', () => {
  it('runs the first call at once and what arrives meanwhile together, in arrival order', async () => {
    const { batches, run } = recorder();
    const coalescer = new Coalescer(run);
    const first = coalescer.run('first');
    const rest = ['c1', 'a1', 'c2'].map((u) => coalescer.run(u));
    expect(await first).toBe('FIRST');
    expect(await Promise.all(rest)).toEqual(['C1', 'A1', 'C2']);
    expect(batches).toEqual([['first'], ['c1', 'a1', 'c2']]);
    // Idle again: the next call runs alone, at once.
    expect(await coalescer.run('later')).toBe('LATER');
    expect(batches.at(-1)).toEqual(['later']);
  });

  it('refuses one unit alone, fails every unit of a failed batch, and goes on afterwards', async () => {
    const { run } = recorder();
    const coalescer = new Coalescer(run);
    const blocker = coalescer.run('blocker');
    const refused = coalescer.run('refused');
    const kept = coalescer.run('kept');
    await blocker;
    await expect(refused).rejects.toThrow('refused alone');
    expect(await kept).toBe('KEPT');

    const blocker2 = coalescer.run('blocker');
    const good = coalescer.run('good');
    const bad = coalescer.run('bad');
    await blocker2;
    await expect(good).rejects.toThrow('batch failed');
    await expect(bad).rejects.toThrow('batch failed');
    expect(await coalescer.run('after')).toBe('AFTER');
  });

  it('splits a long queue into batches of at most max units', async () => {
    const { batches, run } = recorder();
    const coalescer = new Coalescer(run, 2);
    const all = ['a', 'b', 'c', 'd', 'e'].map((u) => coalescer.run(u));
    expect(await Promise.all(all)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(batches).toEqual([['a'], ['b', 'c'], ['d', 'e']]);
  });
});
