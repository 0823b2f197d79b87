import type { Viewer } from '@lacewire/core';
import { describe, expect, it } from 'vitest';
import { SessionCache } from '../src/session-cache.ts';

const viewer = (sessionId: string, accountId: string, expiresInMs = 60_000): Viewer => ({
  accountId,
  sessionId,
  displayName: 'x',
  customerId: null,
  memberships: [],
  isOwner: false,
  locale: 'zh-CN',
  expiresAt: new Date(Date.now() + expiresInMs),
});

describe('session cache', () => {
  it('answers from memory, never past the session expiry, and forgets by session or account', async () => {
    const cache = new SessionCache(60_000);
    let lookups = 0;
    const load = (v: Viewer | null) => async () => {
      lookups++;
      return v;
    };
    const a = viewer('s1', 'acc1');
    expect(await cache.viewer('h1', load(a))).toBe(a);
    expect(await cache.viewer('h1', load(null))).toBe(a);
    expect(lookups).toBe(1);

    // Unknown tokens are not remembered: the next lookup asks again.
    expect(await cache.viewer('h2', load(null))).toBeNull();
    expect(await cache.viewer('h2', load(null))).toBeNull();
    expect(lookups).toBe(3);

    cache.forgetSession('s1');
    expect(await cache.viewer('h1', load(null))).toBeNull();

    const b = viewer('s2', 'acc2');
    await cache.viewer('h3', load(b));
    cache.forgetAccount('acc2');
    expect(await cache.viewer('h3', load(null))).toBeNull();

    const expiring = viewer('s3', 'acc3', 20);
    await cache.viewer('h4', load(expiring));
    await new Promise((r) => setTimeout(r, 30));
    expect(await cache.viewer('h4', load(null))).toBeNull();
  });

  it('does not keep what a lookup read before a revocation was forgotten', async () => {
    const cache = new SessionCache(60_000);
    let release: () => void = () => {};
    const slow = cache.viewer('h1', async () => {
      await new Promise<void>((r) => {
        release = r;
      });
      return viewer('s1', 'acc1');
    });
    cache.forgetSession('s1');
    release();
    await slow;
    expect(await cache.viewer('h1', async () => null)).toBeNull();
  });
});
