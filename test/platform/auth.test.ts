import { exec, SESSION_ENDED, sql } from '@lacewire/core';
import { createTestPlatform, globalId, type TestPlatform, type TestStore } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const VIEWER = '{ viewer { isOwner memberships { role store { name } } account { kind } } }';
const EVENTS = 'subscription($after: String) { events(after: $after) { cursor type payload } }';

let t: TestPlatform;
let jingan: TestStore;
let xuhui: TestStore;
beforeAll(async () => {
  t = await createTestPlatform();
  jingan = await t.store('Jing’an');
  xuhui = await t.store('Xuhui');
});
afterAll(() => t?.close());

describe('sign-in for every role', () => {
  it('owner, store admin, clerk, technician and customer each get their roles', async () => {
    const owner = await t.owner();
    expect((await owner.query(VIEWER)).viewer).toMatchObject({ isOwner: true, memberships: [] });
    for (const role of ['storeAdmin', 'clerk', 'technician'] as const) {
      const staff = await t.staff(jingan, role);
      expect((await staff.query(VIEWER)).viewer).toEqual({
        isOwner: false,
        memberships: [{ role, store: { name: 'Jing’an' } }],
        account: { kind: 'staff' },
      });
    }
    const customer = await t.customer();
    expect((await customer.query(VIEWER)).viewer).toMatchObject({
      isOwner: false,
      memberships: [],
      account: { kind: 'customer' },
    });
  });

  it('refuses a wrong password and a wrong code with typed errors, then rate-limits', async () => {
    const anonymous = t.anonymous();
    const attempt = () =>
      anonymous.query(
        `mutation { signInWithPassword(input: { login: "owner", password: "wrong" }) { __typename ... on Error { message } } }`,
      );
    await t.owner();
    const first = await attempt();
    expect(first.signInWithPassword.__typename).toBe('InvalidInput');
    for (let i = 0; i < 5; i++) await attempt();
    const limited = await attempt();
    expect(limited.signInWithPassword.__typename).toBe('RateLimited');

    await anonymous.query(`mutation { requestSignInCode(input: { phone: "13900000001" }) { __typename } }`);
    const wrong = await anonymous.query(
      `mutation { signInWithCode(input: { phone: "13900000001", code: "000000" }) { __typename ... on Error { message } } }`,
    );
    expect(wrong.signInWithCode.__typename).toBe('InvalidInput');
  });
});

describe('sessions', () => {
  it('refuses an unknown token on HTTP and on the WebSocket', async () => {
    const forged = t.withToken('lw_forged');
    const http = await forged.request('{ viewer { sessionId } }');
    expect(http.status).toBe(401);
    expect(http.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const socket = forged.subscribe(EVENTS);
    expect(await socket.closed()).toBe(4403);
  });

  it('refuses an expired token', async () => {
    // The session ends before its first use (a used one may be cached, but never past its expiry).
    const clerk = await t.staff(jingan, 'clerk');
    await exec(
      t.runtime.em(),
      sql`update identity_session set expires_at = now() - interval '1 minute' where account_id = ${clerk.accountId}`,
    );
    const result = await clerk.request('{ viewer { sessionId } }');
    expect(result.status).toBe(401);
    expect(await clerk.subscribe(EVENTS).closed()).toBe(4403);
  });

  it('signing out revokes the token and closes its open sockets', async () => {
    const clerk = await t.staff(jingan, 'clerk');
    const socket = clerk.subscribe(EVENTS);
    await socket.ready();
    expect((await clerk.query('mutation { signOut { ... on Done { ok } } }')).signOut).toEqual({ ok: true });
    expect(await socket.closed()).toBe(SESSION_ENDED);
    expect((await clerk.request('{ viewer { sessionId } }')).status).toBe(401);
  });
});

describe('roles take effect at the next request', () => {
  const ADD = `mutation($input: AddStaffMemberInput!) { addStaffMember(input: $input) { __typename } }`;
  const REMOVE = `mutation($input: RemoveStaffMemberInput!) { removeStaffMember(input: $input) { __typename } }`;

  it('a new role shows at once; a removed one ends the sessions at once', async () => {
    const admin = await t.staff(jingan, 'storeAdmin');
    const clerk = await t.staff(jingan, 'clerk');
    // Used once (a viewer may now be cached), then the role changes.
    expect((await clerk.query(VIEWER)).viewer.memberships).toEqual([{ role: 'clerk', store: { name: 'Jing’an' } }]);
    const phone = `1370000${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`;
    await t.runtime.tx((tx) => exec(tx.em, sql`update identity_account set phone = ${phone} where id = ${clerk.accountId}`));
    const adminOfXuhui = await t.staff(xuhui, 'storeAdmin');
    await adminOfXuhui.query(ADD, { input: { storeId: xuhui.globalId, role: 'technician', displayName: 'x', phone } });
    const roles = (await clerk.query(VIEWER)).viewer.memberships.map((m: { role: string }) => m.role);
    expect(roles.sort()).toEqual(['clerk', 'technician']);

    await admin.query(REMOVE, { input: { storeId: jingan.globalId, accountId: globalId('Account', clerk.accountId) } });
    expect((await clerk.request(VIEWER)).status).toBe(401);
  });
});

describe('isolation', () => {
  it('a clerk cannot read another store’s staff or switches; a customer cannot either', async () => {
    const clerk = await t.staff(jingan, 'clerk');
    const other = await clerk.request(`query($id: ID!) { node(id: $id) { ... on Store { staff { displayName } } } }`, {
      id: xuhui.globalId,
    });
    expect(other.errors?.[0].message).toBe('You are not allowed to do this.');
    const own = await clerk.query(`query($id: ID!) { node(id: $id) { ... on Store { staff { role } } } }`, {
      id: jingan.globalId,
    });
    expect(own.node.staff.length).toBeGreaterThan(0);
    const features = await clerk.request(`query($id: ID!) { node(id: $id) { ... on Store { features { name } } } }`, {
      id: jingan.globalId,
    });
    expect(features.errors?.[0].message).toBe('You are not allowed to do this.');
    const customer = await t.customer();
    const asCustomer = await customer.request(`query($id: ID!) { node(id: $id) { ... on Store { staff { role } } } }`, {
      id: jingan.globalId,
    });
    expect(asCustomer.errors?.[0].message).toBe('You are not allowed to do this.');
  });

  it('a customer cannot look up another customer’s account', async () => {
    const alice = await t.customer();
    const bob = await t.customer();
    const bobId = (await bob.query('{ viewer { account { id } } }')).viewer.account.id;
    const peek = await alice.query(`query($id: ID!) { node(id: $id) { ... on Account { phone } } }`, { id: bobId });
    expect(peek.node).toBeNull();
  });

  it('subscribers hear only their store’s events', async () => {
    const owner = await t.owner();
    const jinganClerk = await t.staff(jingan, 'storeAdmin');
    const xuhuiClerk = await t.staff(xuhui, 'storeAdmin');
    const customer = await t.customer();
    const hereStream = jinganClerk.subscribe(EVENTS);
    const thereStream = xuhuiClerk.subscribe(EVENTS);
    const customerStream = customer.subscribe(EVENTS);
    await Promise.all([hereStream.ready(), thereStream.ready(), customerStream.ready()]);
    await new Promise((r) => setTimeout(r, 100));
    await owner.query(
      `mutation($id: ID!) { updateStore(input: { storeId: $id, phone: "021-1234" }) { ... on Store { phone } } }`,
      { id: jingan.globalId },
    );
    const event = await hereStream.next();
    expect(event.events).toMatchObject({ type: 'store.updated', payload: { storeId: jingan.id } });
    await thereStream.expectSilence(300);
    await customerStream.expectSilence(0);
    await Promise.all([hereStream.close(), thereStream.close(), customerStream.close()]);
  });

  it('gray rollout: the owner switches a cohort and the history records who and when', async () => {
    const owner = await t.owner();
    const admin = await t.staff(jingan, 'storeAdmin');
    const denied = await admin.query(
      `mutation($ids: [ID!]!) { switchFeature(input: { storeIds: $ids, feature: "x", enabled: true }) { __typename ... on Error { message } } }`,
      { ids: [jingan.globalId] },
    );
    expect(denied.switchFeature.__typename).toBe('NotAllowed');
    const unknown = await owner.query(
      `mutation($ids: [ID!]!) { switchFeature(input: { storeIds: $ids, feature: "teleport", enabled: true }) { __typename ... on InvalidInput { field } } }`,
      { ids: [jingan.globalId, xuhui.globalId] },
    );
    expect(unknown.switchFeature).toEqual({ __typename: 'InvalidInput', field: 'feature' });
  });
});

describe('server-sent events', () => {
  it('streams a subscription over SSE for clients without WebSockets', async () => {
    const admin = await t.staff(jingan, 'storeAdmin');
    const controller = new AbortController();
    const response = await fetch(t.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        authorization: `Bearer ${admin.token}`,
      },
      body: JSON.stringify({ query: 'subscription { events { type } }' }),
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    await new Promise((r) => setTimeout(r, 200));
    await admin.query(`mutation($id: ID!) { updateStore(input: { storeId: $id, phone: "021-5678" }) { __typename } }`, {
      id: jingan.globalId,
    });
    let text = '';
    while (!text.includes('store.updated')) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toContain('"type":"store.updated"');
    controller.abort();
  });
});
