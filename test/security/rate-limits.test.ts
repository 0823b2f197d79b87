import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSRF_HEADER, rows, sql } from '@lacewire/core';
import { carePlugin } from '@lacewire/plugin-care';
import { filesPlugin } from '@lacewire/plugin-files';
import { DEFAULT_IDENTITY_LIMITS } from '@lacewire/plugin-identity';
import { createTestPlatform, globalId, type TestPlatform, type TestStore } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SIGN_IN = `mutation($input: SignInWithPasswordInput!) { signInWithPassword(input: $input) {
  __typename ... on SignedIn { token } ... on RateLimited { retryAfterSeconds } } }`;
const SEND = `mutation($input: RequestSignInCodeInput!) { requestSignInCode(input: $input) { __typename } }`;
const CHECK = `mutation($input: SignInWithCodeInput!) { signInWithCode(input: $input) {
  __typename ... on SignedIn { token } ... on RateLimited { retryAfterSeconds } } }`;
const PICK_UP = `mutation($input: PickUpOrderInput!) { pickUpOrder(input: $input) { __typename ... on WorkOrder { status } } }`;

let t: TestPlatform;
let store: TestStore;
let dir: string;
let nextAddress = 0;
/** A client address of its own (the platform trusts one proxy hop, as behind a load balancer). */
const newAddress = () => `198.51.100.${++nextAddress}`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lw-limits-'));
  t = await createTestPlatform({
    trustedProxyHops: 1,
    plugins: [filesPlugin, carePlugin],
    settings: {
      // The production limits (the test platform widens one for its many sign-ins from one address).
      identity: { limits: DEFAULT_IDENTITY_LIMITS },
      files: { directory: dir, secret: 'limits-test-secret-limits-test-secret' },
    },
  });
  store = await t.store('Jing’an');
});
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

/** One GraphQL request from a client address; the field's result type name, or its error. */
async function from(address: string, query: string, input: object, token: string | null = null) {
  const response = await fetch(t.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [CSRF_HEADER]: '1',
      'x-forwarded-for': address,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables: { input } }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body));
  return Object.values(body.data)[0] as { __typename: string; token?: string; retryAfterSeconds?: number; status?: string };
}

const count = (results: { __typename: string }[], name: string) => results.filter((r) => r.__typename === name).length;
const burst = <T>(n: number, fn: (i: number) => Promise<T>) => Promise.all(Array.from({ length: n }, (_, i) => fn(i)));

describe('passwords', () => {
  it('a burst of 50 simultaneous wrong guesses is not evaluated in full, and the owner still signs in', async () => {
    const clerk = await t.staff(store, 'clerk');
    const login = (await clerk.query('{ viewer { account { username } } }')).viewer.account.username;
    const attacker = newAddress();
    const results = await burst(50, () => from(attacker, SIGN_IN, { login, password: 'wrong-guess' }));
    expect(count(results, 'InvalidInput')).toBeLessThanOrEqual(5);
    expect(count(results, 'RateLimited')).toBeGreaterThanOrEqual(45);
    // The rightful owner, from their own address, is not locked out by it.
    const own = await from(newAddress(), SIGN_IN, { login, password: 'test-password-1' });
    expect(own.__typename).toBe('SignedIn');
  });

  it('guesses spread over many addresses are bounded per account, and only for minutes', async () => {
    const clerk = await t.staff(store, 'clerk');
    const login = (await clerk.query('{ viewer { account { username } } }')).viewer.account.username;
    const results = await burst(50, () => from(newAddress(), SIGN_IN, { login, password: 'wrong-guess' }));
    expect(count(results, 'InvalidInput')).toBeLessThanOrEqual(20);
    const limited = results.filter((r) => r.__typename === 'RateLimited');
    expect(limited.length).toBeGreaterThanOrEqual(30);
    expect(Math.max(...limited.map((r) => r.retryAfterSeconds ?? 0))).toBeLessThanOrEqual(300);
  });
});

describe('one-time codes', () => {
  it('a burst of 50 simultaneous wrong codes reaches the comparison 5 times, then the code is burned', async () => {
    const phone = '13700000001';
    const owner = newAddress();
    expect((await from(owner, SEND, { phone })).__typename).toBe('SignInCodeSent');
    const right = t.inbox.codes.get(phone) as string;
    const wrong = right === '000000' ? '111111' : '000000';
    const results = await burst(50, () => from(newAddress(), CHECK, { phone, code: wrong }));
    expect(results.every((r) => r.__typename === 'InvalidInput')).toBe(true);
    const [code] = await rows<{ attempts: number }>(
      t.runtime.em(),
      sql`select attempts from identity_sign_in_code where phone = ${phone}`,
    );
    expect(code.attempts).toBe(5);
    // Burned: even the right code no longer opens a session ...
    expect((await from(owner, CHECK, { phone, code: right })).__typename).toBe('InvalidInput');
    // ... but its owner gets a new one at once and signs in.
    expect((await from(newAddress(), SEND, { phone })).__typename).toBe('SignInCodeSent');
    const fresh = t.inbox.codes.get(phone) as string;
    expect((await from(owner, CHECK, { phone, code: fresh })).__typename).toBe('SignedIn');
  });

  it('one address cannot send codes to many phones, nor twice a minute to one', async () => {
    const sender = newAddress();
    const results = await burst(30, (i) => from(sender, SEND, { phone: `1360000${String(i).padStart(4, '0')}` }));
    expect(count(results, 'SignInCodeSent')).toBe(20);
    expect(count(results, 'RateLimited')).toBe(10);
    const one = newAddress();
    const twice = await burst(5, () => from(one, SEND, { phone: '13500000010' }));
    expect(count(twice, 'SignInCodeSent')).toBe(1);
  });
});

describe('pickup codes', () => {
  it('a burst of 50 wrong pickup codes is evaluated at most 10 times per order', async () => {
    const clerk = await t.staff(store, 'clerk');
    const customer = await t.customer();
    const { openWorkOrder } = await clerk.query(
      `mutation($input: OpenWorkOrderInput!) { openWorkOrder(input: $input) { ... on WorkOrder { id } } }`,
      {
        input: {
          storeId: store.globalId,
          customerId: globalId('Account', customer.accountId),
          shoe: { brand: 'Nike', model: 'AJ1', colour: 'black' },
          services: [{ code: 'deep-clean', name: 'Deep clean', category: 'cleaning', priceMinor: 12800 }],
          promisedAt: new Date(Date.now() + 86400_000).toISOString(),
        },
      },
    );
    for (const to of ['cleaning', 'qualityCheck', 'readyForPickup'])
      await clerk.query('mutation($input: MoveOrderInput!) { moveOrder(input: $input) { __typename } }', {
        input: { orderId: openWorkOrder.id, to },
      });
    const { myOrders } = await customer.query('{ myOrders { pickupCode } }');
    const right = myOrders[0].pickupCode as string;
    const results = await burst(50, (i) => {
      const guess = String((Number(right) + 1 + i) % 1_000_000).padStart(6, '0');
      return from(newAddress(), PICK_UP, { orderId: openWorkOrder.id, code: guess }, clerk.token);
    });
    expect(count(results, 'WrongPickupCode')).toBeLessThanOrEqual(10);
    expect(count(results, 'RateLimited')).toBeGreaterThanOrEqual(40);
  });
});
