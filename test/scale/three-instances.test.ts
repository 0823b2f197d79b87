import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { carePlugin, ORDER_EVENT_TYPES } from '@lacewire/plugin-care';
import { filesPlugin } from '@lacewire/plugin-files';
import {
  createTestDatabase,
  createTestPlatform,
  globalId,
  localId,
  TestClient,
  type TestDatabase,
  type TestPlatform,
  type TestStore,
  type TestSubscription,
} from '@lacewire/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RoundRobinProxy } from './proxy.ts';

/**
 * Three instances on one PostgreSQL and one Redis, behind one address (a round-robin TCP proxy).
 * Subscribers spread over the three; changes go through each; every subscriber receives every
 * event it may see exactly once, in order, and nothing else — also when one instance is stopped
 * and its subscribers come back through the proxy (landing on another instance) with their cursor.
 */

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const BOARD =
  'subscription($storeId: ID!, $after: String) { storeBoardEvents(storeId: $storeId, after: $after) { cursor type } }';
const MINE = 'subscription($after: String) { myOrderEvents(after: $after) { cursor type } }';
const EVENTS = 'subscription($after: String, $types: [String!]) { events(after: $after, types: $types) { cursor type } }';
const OPEN = `mutation($input: OpenWorkOrderInput!) { openWorkOrder(input: $input) {
  __typename ... on WorkOrder { id allowedMoves } ... on Error { message } } }`;
const MOVE = `mutation($input: MoveOrderInput!) { moveOrder(input: $input) {
  __typename ... on WorkOrder { id allowedMoves } ... on Error { message } } }`;
const CLEAN = { code: 'deep-clean', name: '深度清洁', category: 'cleaning', priceMinor: 12800 };
const RECOLOUR = { code: 'recolour', name: '补色翻新', category: 'recolouring', priceMinor: 26800 };

interface LogRow {
  id: string;
  payload: { orderId: string; storeId: string; customerId: string };
}

/** Who follows what, and which logged events that viewer may see (the rule, written independently). */
interface Role {
  name: string;
  token: string;
  query: string;
  variables: Record<string, unknown>;
  field: string;
  maySee: (row: LogRow) => boolean;
}

/** One subscriber that keeps its cursor and resumes with it through the proxy. */
class Follower {
  readonly role: Role;
  readonly cursors: string[] = [];
  readonly #url: string;
  #stream: TestSubscription<any> | null = null;
  #client: TestClient | null = null;
  #read = 0;

  constructor(role: Role, url: string) {
    this.role = role;
    this.#url = url;
  }

  async connect(client: (url: string, token: string) => TestClient) {
    this.#client = client(this.#url, this.role.token);
    this.#read = 0;
    const after = this.cursors.at(-1) ?? '0';
    this.#stream = this.#client.subscribe(this.role.query, { ...this.role.variables, after });
    await this.#stream.ready();
  }

  /** Moves what arrived into `cursors`; errors on the stream fail the test. */
  drain() {
    const stream = this.#stream;
    if (!stream) return;
    // A socket closed by a stopping instance ends the stream with its close event: not a failure.
    if (stream.error && stream.closeCode == null) throw new Error(`${this.role.name}: ${JSON.stringify(stream.error)}`);
    while (this.#read < stream.values.length) {
      const value = stream.values[this.#read++];
      if (value.errors?.length) throw new Error(`${this.role.name}: ${value.errors.map((e) => e.message).join('; ')}`);
      this.cursors.push((value.data as any)[this.role.field].cursor);
    }
  }

  get closed() {
    return this.#stream?.closeCode != null;
  }

  async close() {
    await this.#client?.closeSockets();
  }
}

let database: TestDatabase;
let dir: string;
let instances: TestPlatform[];
let proxy: RoundRobinProxy;
let proxyUrl: string;

beforeAll(async () => {
  database = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'lw-scale-'));
  const plugins = () => [filesPlugin, carePlugin];
  const settings = { files: { directory: dir, secret: 'scale-test-secret-scale-test-secret!' } };
  instances = [];
  // One after the other: the first runs the migrations.
  for (let i = 0; i < 3; i++) {
    instances.push(
      await createTestPlatform({ plugins: plugins(), settings, databaseUrl: database.url, redisUrl: REDIS_URL, pollMs: 1000 }),
    );
  }
  proxy = new RoundRobinProxy(instances.map((t) => Number(new URL(t.url).port)));
  proxyUrl = await proxy.listen();
});

afterAll(async () => {
  await proxy?.close();
  for (const t of instances ?? []) await t.close().catch(() => {});
  await database?.drop();
  await rm(dir, { recursive: true, force: true });
});

async function logged(): Promise<LogRow[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const result = await client.query('select id::text as id, payload from lw_event where type = any($1) order by lw_event.id', [
      ORDER_EVENT_TYPES,
    ]);
    return result.rows;
  } finally {
    await client.end();
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number, what: () => string) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('three instances behind one address', () => {
  it('deliver every event exactly once to those who may see it, across a stop and reconnects with cursors', async () => {
    const [a] = instances;
    const s1 = await a.store('静安店');
    const s2 = await a.store('徐汇店');
    const clerk1 = await a.staff(s1, 'clerk');
    const clerk2 = await a.staff(s2, 'clerk');
    const tech1 = await a.staff(s1, 'technician');
    const c1 = await a.customer();
    const c2 = await a.customer();
    const owner = await a.owner();

    // Orders assigned to tech1, learnt as they are opened. A technician sees those and the store's
    // pool (its unassigned orders); here every order of s1 is one or the other, none another's.
    const assigned = new Set<string>();
    const unassignedInS1 = new Set<string>();
    const roles: Role[] = [
      {
        name: 'owner events',
        token: owner.token as string,
        query: EVENTS,
        variables: { types: ORDER_EVENT_TYPES },
        field: 'events',
        maySee: () => true,
      },
      {
        name: 'clerk1 board',
        token: clerk1.token as string,
        query: BOARD,
        variables: { storeId: s1.globalId },
        field: 'storeBoardEvents',
        maySee: (r) => r.payload.storeId === s1.id,
      },
      {
        name: 'clerk2 board',
        token: clerk2.token as string,
        query: BOARD,
        variables: { storeId: s2.globalId },
        field: 'storeBoardEvents',
        maySee: (r) => r.payload.storeId === s2.id,
      },
      {
        name: 'clerk1 events',
        token: clerk1.token as string,
        query: EVENTS,
        variables: { types: ORDER_EVENT_TYPES },
        field: 'events',
        maySee: (r) => r.payload.storeId === s1.id,
      },
      {
        name: 'tech1 events',
        token: tech1.token as string,
        query: EVENTS,
        variables: { types: ORDER_EVENT_TYPES },
        field: 'events',
        maySee: (r) => assigned.has(r.payload.orderId) || unassignedInS1.has(r.payload.orderId),
      },
      {
        name: 'c1 orders',
        token: c1.token as string,
        query: MINE,
        variables: {},
        field: 'myOrderEvents',
        maySee: (r) => r.payload.customerId === c1.accountId,
      },
      {
        name: 'c2 orders',
        token: c2.token as string,
        query: MINE,
        variables: {},
        field: 'myOrderEvents',
        maySee: (r) => r.payload.customerId === c2.accountId,
      },
    ];
    const makeClient = (url: string, token: string) => new TestClient(url, token);
    const listening = () => instances.map((t) => t.runtime.dispatcher.listenerCount);
    const baseline = listening();
    // Every role three times: the proxy hands connections to the instances in turn.
    const followers = [0, 1, 2].flatMap(() => roles.map((role) => new Follower(role, proxyUrl)));
    for (const follower of followers) await follower.connect(makeClient);
    expect([...proxy.connections.values()]).toEqual([7, 7, 7]);

    /** A clerk's work through one instance: open orders, then move each along its pipeline. */
    const work = async (instance: TestPlatform, rounds: number) => {
      const jobs = [
        { clerk: clerk1, store: s1, customer: c1, technician: tech1.accountId },
        { clerk: clerk1, store: s1, customer: c2, technician: null },
        { clerk: clerk2, store: s2, customer: c2, technician: null },
        { clerk: clerk2, store: s2, customer: c1, technician: null },
      ];
      await Promise.all(
        jobs.map(async (job) => {
          const via = instance.withToken(job.clerk.token);
          const opened = (await via.query(OPEN, { input: openInput(job.store, job.customer.accountId, job.technician) }))
            .openWorkOrder;
          if (opened.__typename !== 'WorkOrder') throw new Error(JSON.stringify(opened));
          if (job.technician) assigned.add(localId(opened.id));
          else if (job.store === s1) unassignedInS1.add(localId(opened.id));
          let moves = opened.allowedMoves as string[];
          for (let i = 0; i < rounds; i++) {
            const to = moves.find((m) => m !== 'cancelled' && m !== 'onHold');
            if (!to) break;
            const moved = (await via.query(MOVE, { input: { orderId: opened.id, to } })).moveOrder;
            if (moved.__typename !== 'WorkOrder') throw new Error(JSON.stringify(moved));
            moves = moved.allowedMoves;
          }
        }),
      );
    };

    const drainAll = () => {
      for (const f of followers) f.drain();
    };
    const expectedFor = (rows: LogRow[], f: Follower) => rows.filter(f.role.maySee).map((r) => r.id);
    const settleAll = async () => {
      const rows = await logged();
      await waitFor(
        () => {
          drainAll();
          return followers.every((f) => f.cursors.length >= expectedFor(rows, f).length);
        },
        15_000,
        () => followers.map((f) => `${f.role.name}: ${f.cursors.length}/${expectedFor(rows, f).length}`).join(', '),
      );
      // Nothing extra trickles in afterwards.
      await new Promise((resolve) => setTimeout(resolve, 300));
      drainAll();
      return rows;
    };
    const check = (rows: LogRow[]) => {
      for (const f of followers)
        expect({ who: f.role.name, cursors: f.cursors }).toEqual({ who: f.role.name, cursors: expectedFor(rows, f) });
    };

    // Phase 1: changes through each instance at once.
    await Promise.all(instances.map((instance) => work(instance, 3)));
    let rows = await settleAll();
    check(rows);
    // The audiences really differ: nobody but the owner sees everything.
    const sizes = roles.map((role) => rows.filter(role.maySee).length);
    expect(sizes[0]).toBe(rows.length);
    expect(sizes.slice(1).every((n) => n > 0 && n < rows.length)).toBe(true);

    // Phase 2: the third instance stops while changes keep coming through the other two.
    const stopped = instances[2];
    const stoppedPort = Number(new URL(stopped.url).port);
    const busy = Promise.all([work(instances[0], 4), work(instances[1], 4)]);
    await new Promise((resolve) => setTimeout(resolve, 30));
    await stopped.close();
    await waitFor(
      () => followers.filter((f) => f.closed).length === 7,
      5000,
      () => 'the stopped instance to close its sockets',
    );
    const orphans = followers.filter((f) => f.closed);
    drainAll();
    // Changes they miss while away.
    await work(instances[0], 2);
    await busy;
    for (const f of orphans) await f.connect(makeClient);
    expect(proxy.connections.get(stoppedPort)).toBe(7);
    expect([...proxy.connections.values()].reduce((x, y) => x + y)).toBe(28);
    await Promise.all([work(instances[0], 2), work(instances[1], 2)]);

    rows = await settleAll();
    check(rows);
    expect(rows.length).toBeGreaterThan(60);
    // Closed sockets end their subscriptions at once, even with no further event to wake them.
    for (const f of followers) await f.close();
    await waitFor(
      () =>
        listening()
          .slice(0, 2)
          .every((n, i) => n <= baseline[i]),
      3000,
      () => `subscriptions to end (listeners ${listening()} vs ${baseline})`,
    );
  }, 60_000);
});

/** Care without the customers plugin names the customer and the technician by their accounts. */
function openInput(store: TestStore, customerId: string, technicianId: string | null) {
  return {
    storeId: store.globalId,
    customerId: globalId('Account', customerId),
    technicianId: technicianId && globalId('Account', technicianId),
    shoe: { brand: 'Nike', model: 'Air Jordan 1', colour: '黑红' },
    services: [CLEAN, RECOLOUR],
    promisedAt: new Date(Date.now() + 7 * 86400_000).toISOString(),
  };
}
