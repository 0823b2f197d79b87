import { createTestPlatform, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(() => t?.close());

describe('sign in', () => {
  it('lets the owner sign in and see itself', async () => {
    const owner = await t.owner();
    const data = await owner.query('{ viewer { isOwner account { displayName kind } } }');
    expect(data.viewer).toEqual({ isOwner: true, account: { displayName: 'Owner', kind: 'staff' } });
  });
});
