import type { Runtime, Tx } from '@lacewire/core';
import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../src/services/group-commit.ts';

/** A runtime whose transactions record what ran in them, and fail when a unit fails. */
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

describe('group commit', () => {
  it('writes what arrives meanwhile in one transaction, in key order, and falls back per unit when a batch fails', async () => {
    const { runtime, transactions } = fakeRuntime();
    const commit = new GroupCommit(runtime);
    const unit =
      (name: string, fail = false) =>
      async (tx: Tx) => {
        await new Promise((r) => setTimeout(r, 5));
        if (fail) throw new Error(`${name} failed`);
        (tx as unknown as { ran: string[] }).ran.push(name);
        return name;
      };
    const first = commit.run('b', unit('first'), async () => 'fallback-first');
    // These arrive while the first transaction runs: they share the next one, sorted by key.
    const rest = [
      commit.run('c', unit('c1'), async () => 'x'),
      commit.run('a', unit('a1'), async () => 'x'),
      commit.run('c', unit('c2'), async () => 'x'),
    ];
    expect(await first).toBe('first');
    expect(await Promise.all(rest)).toEqual(['c1', 'a1', 'c2']);
    expect(transactions).toEqual([['first'], ['a1', 'c1', 'c2']]);

    // One bad unit spoils its batch: every unit of it runs again on its own.
    const blocker = commit.run('z', unit('blocker'), async () => 'x');
    const good = commit.run('a', unit('good'), async () => 'good alone');
    const bad = commit.run('b', unit('bad', true), async () => {
      throw new Error('bad alone');
    });
    await blocker;
    expect(await good).toBe('good alone');
    await expect(bad).rejects.toThrow('bad alone');
  });
});
