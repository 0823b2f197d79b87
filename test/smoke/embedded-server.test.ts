import { createPlatform, type Platform, readPlain } from '@lacewire/core';
import { DEMO_PASSWORD } from '@lacewire/plugin-stores';
import { loadConfig } from '@lacewire/server/src/config.ts';
import { firstPartyPlugins, firstPartySettings } from '@lacewire/server/src/plugins.ts';
import { localId, TestClient } from '@lacewire/testing';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The distribution as `pnpm start` runs it: every first-party plugin on the embedded database
 * with demo data. PGlite serves one query at a time on one session, so this catches what real
 * PostgreSQL forgives (a query on another connection inside a transaction waits forever).
 */
let platform: Platform;
let url: string;
const codes = new Map<string, string>();
const log = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

beforeAll(async () => {
  const config = loadConfig({ NODE_ENV: 'development' });
  const settings = {
    ...firstPartySettings(config),
    identity: { sendCode: async (phone: string, code: string) => void codes.set(phone, code) },
  };
  platform = await createPlatform({
    plugins: firstPartyPlugins,
    settings,
    databaseUrl: null,
    dataDir: null,
    seed: true,
    logger: log,
    pollMs: 200,
  });
  url = (await platform.listen(0, '127.0.0.1')).url;
  // The demo seed lays down weeks of history (packages/server/src/history): longer on a busy machine.
}, 300_000);
afterAll(() => platform?.close());

async function staff(login: string) {
  const result = await new TestClient(url, null).query(
    `mutation($input: SignInWithPasswordInput!) { signInWithPassword(input: $input) { ... on SignedIn { token } ... on Error { message } } }`,
    { input: { login, password: DEMO_PASSWORD } },
  );
  expect(result.signInWithPassword.token).toBeTruthy();
  return new TestClient(url, result.signInWithPassword.token);
}

describe('the distribution on the embedded database', () => {
  it('prints demo logins that work, for every role', async () => {
    expect(platform.announcements.join('\n')).toContain('admin.jingan');
    for (const login of ['owner', 'admin.jingan', 'clerk.jingan', 'tech.jingan']) {
      const client = await staff(login);
      expect((await client.query('{ viewer { account { kind } } }')).viewer.account.kind).toBe('staff');
    }
  });

  it('signs a customer in with a one-time code', async () => {
    const anonymous = new TestClient(url, null);
    await anonymous.query(`mutation { requestSignInCode(input: { phone: "13800000009" }) { __typename } }`);
    const code = codes.get('13800000009');
    const result = await anonymous.query(
      `mutation($code: String!) { signInWithCode(input: { phone: "13800000009", code: $code }) { ... on SignedIn { token } } }`,
      { code },
    );
    expect(result.signInWithCode.token).toBeTruthy();
  });

  it('streams a change to a subscriber', async () => {
    const admin = await staff('admin.jingan');
    const stores = await admin.query('{ stores(mine: true) { id } }');
    const stream = admin.subscribe('subscription { events { type } }');
    await stream.ready();
    await new Promise((r) => setTimeout(r, 100));
    await admin.query(`mutation($id: ID!) { updateStore(input: { storeId: $id, phone: "021-0000" }) { __typename } }`, {
      id: stores.stores[0].id,
    });
    expect((await stream.next()).events.type).toBe('store.updated');
    await stream.close();
  });
});

describe('a customer profile gathers history from every plugin', () => {
  it('shows 王先生’s orders, appointments, complaints and conversations to the store', async () => {
    const admin = await staff('admin.jingan');
    const { customers } = await admin.query(`{ customers(search: "王", first: 5) { edges { node { id name
      orders { id } appointments { id } complaints { id } } } } }`);
    const wang = customers.edges.map((e: { node: any }) => e.node).find((c: { name: string }) => c.name.startsWith('王'));
    expect(wang.orders.length).toBeGreaterThan(0);
    expect(Array.isArray(wang.appointments)).toBe(true);
    expect(Array.isArray(wang.complaints)).toBe(true);
    const { conversations } = await admin.query(`query($id: ID!) { conversations(customerId: $id) { edges { node { id } } } }`, {
      id: wang.id,
    });
    expect(conversations.edges.length).toBeGreaterThan(0);
    const bad = await admin.request(`{ conversations(customerId: "nope") { edges { node { id } } } }`);
    expect(bad.errors?.[0].extensions?.code).toBe('InvalidInput');
    // The customer's account id alone is not the customer's id.
    const raw = await admin.request(`query($id: ID!) { conversations(customerId: $id) { edges { node { id } } } }`, {
      id: localId(wang.id),
    });
    expect(raw.errors?.[0].extensions?.code).toBe('InvalidInput');
  });
});

describe('plain rows for read paths', () => {
  it('match the hydrated entities, property for property, for every entity of every plugin', async () => {
    const em = platform.runtime.em();
    let compared = 0;
    for (const meta of platform.runtime.orm.getMetadata().getAll().values()) {
      if (meta.embeddable || meta.virtual || !meta.class) continue;
      const orderBy = Object.fromEntries(meta.primaryKeys.map((key) => [key, 'asc' as const]));
      const entities = await em.fork().find(meta.class, {}, { orderBy, limit: 20 });
      const plain = await readPlain(em, meta.class, {}, { orderBy, limit: 20 });
      const scalars = meta.props.filter((p) => p.persist !== false).map((p) => p.name);
      const asPlain = (row: object) => Object.fromEntries(scalars.map((name) => [name, (row as any)[name] ?? null]));
      expect(plain.map(asPlain), meta.className).toEqual(entities.map(asPlain));
      compared += entities.length;
    }
    expect(compared).toBeGreaterThan(100);
  });
});
