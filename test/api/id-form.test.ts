/**
 * One id form in the whole API (docs/api/README.md, "Ids"): every id a field gives out is the
 * global id of a node that `node(id:)` resolves, and every id argument refuses a raw uuid with a
 * typed InvalidInput. Driven by the schema itself, so a plugin's new field is covered the day it
 * lands: the walk reads every `id` / `…Id` / `…Ids` field reachable from the root queries on the
 * demo data (plus a complaint), as the owner, a clerk and customers.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD } from '@lacewire/plugin-stores';
import { createTestPlatform, globalId, type TestClient, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../packages/server/src/config.ts';
import { firstPartyPlugins, firstPartySettings } from '../../packages/server/src/plugins.ts';
import { answerToRawId, idTargets } from './raw-ids.ts';
import { type ArgFiller, argumentsText, idSelection, idValues, introspect, named, type Schema } from './schema-walk.ts';

const JINGAN = globalId('Store', '00000000-0000-4000-8000-000000000001');
const DAY = 86_400_000;

let t: TestPlatform;
let dir: string;
let schema: Schema;
let owner: TestClient;
let readers: Record<string, TestClient>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lw-ids-'));
  const config = loadConfig({ LACEWIRE_FILES_DIR: dir, LACEWIRE_DEMO_HISTORY_DAYS: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test' });
  t = await createTestPlatform({ plugins: firstPartyPlugins, settings: firstPartySettings(config), seed: true, jobs: false });
  owner = await t.signIn('owner', DEMO_PASSWORD);
  schema = await introspect(owner);
  // 陈先生's Clarks were picked up: he complains about them, so complaints have one to show.
  const chen = await t.customer('13800000004');
  const { myOrders } = await chen.query('{ myOrders { id status } }');
  const pickedUp = myOrders.find((o: { status: string }) => o.status === 'pickedUp');
  const { submitComplaint } = await chen.query(
    `mutation($input: SubmitComplaintInput!) { submitComplaint(input: $input) { __typename ... on Error { message } } }`,
    { input: { orderId: pickedUp.id, category: 'damage', severity: 'medium', description: '鞋跟又磨了' } },
  );
  expect(submitComplaint.__typename).toBe('Complaint');
  readers = {
    owner,
    clerk: await t.signIn('clerk.jingan', DEMO_PASSWORD),
    chen,
    wang: await t.customer('13800000001'),
  };
}, 120_000);
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Required arguments the walk knows how to give: the demo store, a window of time, its dates. */
const fill: ArgFiller = (arg) => {
  const now = Date.now();
  const type = named(arg.type);
  if (arg.name === 'storeId') return JINGAN;
  if (arg.name === 'storeIds') return [JINGAN];
  if (type === 'DateTime') return new Date(arg.name === 'from' ? now - 30 * DAY : now + 7 * DAY).toISOString();
  if (arg.name === 'fromDate' || arg.name === 'toDate')
    return new Date(arg.name === 'fromDate' ? now - 7 * DAY : now + 7 * DAY).toISOString().slice(0, 10);
  return null;
};

/** The ids one reader sees under every root query, each root in its own operation (within the server's limits). */
async function readIds(client: TestClient, found: Map<string, { ids: string[]; reader: TestClient }>) {
  const root = schema.types.get(schema.query);
  for (const field of root?.fields ?? []) {
    if (field.name === 'node' || field.name === 'nodes') continue;
    const args = argumentsText(field, fill);
    // The deepest selection the server's depth, cost and token limits accept.
    for (let depth = 4; depth >= 0 && args !== null; depth--) {
      const selection = idSelection(schema, named(field.type), depth, fill, [schema.query]);
      if (!selection) break;
      const result = await client.request(`{ ${field.name}${args} ${selection} }`);
      if (result.errors?.some((e) => /limit/i.test(e.message))) continue;
      // Per field, the first reader who saw ids of it (what node(id:) is asked as).
      for (const [key, ids] of idValues(schema, result.data ?? {}))
        if (ids.length && !found.has(key)) found.set(key, { ids, reader: client });
      break;
    }
  }
}

/** Whether each id names a node type and resolves through `node(id:)` for its reader (or the owner). */
async function unresolved(ids: string[], reader: TestClient): Promise<string[]> {
  const bad: string[] = [];
  for (const id of ids) {
    const decoded = Buffer.from(id, 'base64').toString();
    const typename = decoded.slice(0, decoded.indexOf(':'));
    if (!schema.nodeTypes.has(typename)) {
      bad.push(`${id} (not a global id of a node type)`);
      continue;
    }
    const query = 'query($id: ID!) { node(id: $id) { __typename } }';
    const seen = async (c: TestClient) => (await c.request(query, { id })).data?.node?.__typename === typename;
    if (!(await seen(reader)) && !(await seen(owner))) bad.push(`${id} (${decoded}: node(id:) does not resolve it)`);
  }
  return bad;
}

it('gives out every id as the global id of a node that node(id:) resolves', async () => {
  const found = new Map<string, { ids: string[]; reader: TestClient }>();
  for (const reader of Object.values(readers)) await readIds(reader, found);
  // The walk reaches the fields it must: it cannot pass by reading nothing.
  for (const field of ['Viewer.sessionId', 'Viewer.customerId', 'Membership.storeId', 'StaffMember.accountId']) {
    expect(found.has(field), field).toBe(true);
  }
  for (const field of ['Conversation.id', 'ConversationMember.accountId', 'Message.senderId', 'WorkOrder.id']) {
    expect(found.has(field), field).toBe(true);
  }
  for (const field of ['Appointment.id', 'Complaint.id', 'Customer.id']) expect(found.has(field), field).toBe(true);
  const failures: string[] = [];
  for (const [field, { ids, reader }] of [...found].sort(([a], [b]) => a.localeCompare(b))) {
    const bad = await unresolved([...new Set(ids)].slice(0, 3), reader);
    if (bad.length) failures.push(`${field}: ${bad[0]}`);
  }
  expect(failures).toEqual([]);
}, 300_000);

it('answers a raw uuid given to any id argument with a typed InvalidInput', async () => {
  const failures: string[] = [];
  for (const operation of ['query', 'mutation'] as const) {
    for (const target of idTargets(schema, operation)) {
      const answer = await answerToRawId(schema, owner, target);
      const name = target.path[target.path.length - 1];
      // An InvalidInput about another field (a required text the test filled badly) proves nothing either way.
      if (answer.code === 'InvalidInput' && answer.field && answer.field !== name) continue;
      if (answer.code !== 'InvalidInput') failures.push(`${target.field.name}(${target.path.join('.')}): ${answer.code}`);
    }
  }
  expect(failures).toEqual([]);
}, 300_000);
