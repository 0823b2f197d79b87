import type { Runtime, Tx } from '@lacewire/core';
import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../src/services/group-commit.ts';

/** A runtime whose transactions record the batches written in them. */
function fakeRuntime() {
  const transactions: string[][] = [];
  const runtime = {
    tx: async <T>(fn: (tx: Tx) => Promise<T>) => {
      const ran: string[] = [];
      const value = await fn({ ran } as unknown as Tx);
      transactions.push(ran);
      return value;
    },
  } as unknown as Runtime;
  return { runtime, transactions };
}

/** Writes a batch: "bad" fails the whole batch, "refused" only itself. */
async function write(tx: Tx, units: string[]) {
  await new Promise((r) => setTimeout(r, 5));
  if (units.includes('bad')) throw new Error('batch failed');
  (tx as unknown as { ran: string[] }).ran.push(...units);
  return units.map((u) => (u === 'refused' ? new Error('refused alone') : u.toUpperCase()));
}

describe('group commit', () => {
  it('writes what arrives meanwhile in one batch, in arrival order', async () => {
    const { runtime, transactions } = fakeRuntime();
    const commit = new GroupCommit(runtime, write);
    const first = commit.run('first', async () => 'fallback');
    // These arrive while the first transaction runs: they share the next one.
    const rest = ['c1', 'a1', 'c2'].map((u) => commit.run(u, async () => 'fallback'));
    expect(await first).toBe('FIRST');
    expect(await Promise.all(rest)).toEqual(['C1', 'A1', 'C2']);
    expect(transactions).toEqual([['first'], ['c1', 'a1', 'c2']]);
  });

  it('refuses one unit alone, and falls back per unit when the batch fails', async () => {
    const { runtime, transactions } = fakeRuntime();
    const commit = new GroupCommit(runtime, write);
    const blocker = commit.run('blocker', async () => 'x');
    const refused = commit.run('refused', async () => 'x');
    const kept = commit.run('kept', async () => 'x');
    await blocker;
    await expect(refused).rejects.toThrow('refused alone');
    expect(await kept).toBe('KEPT');
    expect(transactions.at(-1)).toEqual(['refused', 'kept']);

    const blocker2 = commit.run('blocker', async () => 'x');
    const good = commit.run('good', async () => 'good alone');
    const bad = commit.run('bad', async () => {
      throw new Error('bad alone');
    });
    await blocker2;
    expect(await good).toBe('good alone');
    await expect(bad).rejects.toThrow('bad alone');
  });
});
