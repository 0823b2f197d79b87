import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { carePlugin } from '@lacewire/plugin-care';
import { customersPlugin } from '@lacewire/plugin-customers';
import { filesPlugin } from '@lacewire/plugin-files';
import { createTestPlatform, globalId, type TestClient, type TestPlatform, type TestStore } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Not dependencies of the test package: imported by path, as the benchmarks import plugins.
import { agoraPlugin } from '../../plugins/agora/src/index.ts';
import { messagingPlugin } from '../../plugins/messaging/src/index.ts';

const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { __typename ... on Error { message } } }`;

let t: TestPlatform;
let store: TestStore;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lw-malformed-'));
  t = await createTestPlatform({
    plugins: [filesPlugin, customersPlugin, carePlugin, messagingPlugin, agoraPlugin],
    settings: {
      agora: {
        appId: '0123456789abcdef0123456789abcdef',
        appCertificate: 'fedcba9876543210fedcba9876543210',
        baseUrl: 'http://127.0.0.1:9',
      },
      files: { directory: dir, secret: 'malformed-secret-malformed-secret-1' },
    },
  });
  store = await t.store('Jing’an');
});
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

const rawId = (global: string) => Buffer.from(global, 'base64').toString().split(':')[1];

/** The customer's conversation with the store (global id). */
async function conversationOf(client: TestClient): Promise<string> {
  const { openConversation } = await client.query(
    `mutation($input: OpenConversationInput!) { openConversation(input: $input) { ... on Conversation { id } } }`,
    { input: { storeId: store.globalId } },
  );
  return openConversation.id;
}

/** The answer's error codes, top-level or typed in the field's result; never an internal error. */
function codes(result: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] }) {
  const top = (result.errors ?? []).map((e) => String(e.extensions?.code ?? e.message));
  const typed = Object.values(result.data ?? {})
    .map((v: any) => v?.__typename)
    .filter(Boolean);
  return [...top, ...typed];
}

describe('malformed input gets a typed InvalidInput, never an internal error', () => {
  it('a bad global id: garbage, a known type with a malformed id, in node, nodes and a mutation argument', async () => {
    const owner = await t.owner();
    const bad = [
      'not-base64-at-all!!',
      Buffer.from('Store:not-a-uuid').toString('base64'),
      Buffer.from('Nonsense').toString('base64'),
    ];
    for (const id of bad) {
      const node = await owner.request('query($id: ID!) { node(id: $id) { id } }', { id });
      expect(codes(node), id).toEqual(['InvalidInput']);
      const nodes = await owner.request('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [store.globalId, id] });
      expect(codes(nodes).length, id).toBeGreaterThan(0);
      expect(new Set(codes(nodes)), id).toEqual(new Set(['InvalidInput']));
      const update = await owner.request(
        `mutation($id: ID!) { updateStore(input: { storeId: $id, phone: "021-1" }) { __typename } }`,
        { id },
      );
      expect(codes(update), id).toEqual(['InvalidInput']);
    }
  });

  it('a raw id where a global id is expected (one, or in a list)', async () => {
    const admin = await t.staff(store, 'storeAdmin');
    const clerk = await t.staff(store, 'clerk');
    const removed = await admin.request(
      `mutation($input: RemoveStaffMemberInput!) { removeStaffMember(input: $input) { __typename } }`,
      { input: { storeId: store.globalId, accountId: clerk.accountId } },
    );
    expect(codes(removed)).toEqual(['InvalidInput']);
    const customer = await t.customer();
    const conversationId = await conversationOf(customer);
    const start = (input: Record<string, unknown>) =>
      clerk.request(`mutation($input: StartCallInput!) { startCall(input: $input) { __typename } }`, {
        input: { storeId: store.globalId, purpose: 'inspection', ...input },
      });
    const invitees = [globalId('Account', customer.accountId)];
    expect(codes(await start({ conversationId: rawId(conversationId), inviteeIds: invitees }))).toEqual(['InvalidInput']);
    expect(codes(await start({ conversationId, inviteeIds: [customer.accountId] }))).toEqual(['InvalidInput']);
    // The id of another type than the argument names.
    expect(codes(await start({ conversationId: store.globalId, inviteeIds: invitees }))).toEqual(['InvalidInput']);
  });

  it('a NUL byte in a message, in a variable or in the query text', async () => {
    const customer = await t.customer();
    const conversationId = await conversationOf(customer);
    const input = { conversationId, clientMessageId: randomUUID(), kind: 'text', body: 'hi\u0000there' };
    expect(codes(await customer.request(SEND, { input }))).toEqual(['InvalidInput']);
    const inline = await customer.request(
      `mutation { sendMessage(input: { conversationId: "${conversationId}", clientMessageId: "${randomUUID()}", kind: text, body: "a\\u0000b" }) { __typename } }`,
    );
    expect(codes(inline)).toEqual(['InvalidInput']);
  });
});

describe('links and URLs from clients', () => {
  it('a customer cannot link a message to another customer’s order', async () => {
    const clerk = await t.staff(store, 'clerk');
    const alice = await t.customer();
    const bob = await t.customer();
    const { openWorkOrder } = await clerk.query(
      `mutation($input: OpenWorkOrderInput!) { openWorkOrder(input: $input) { ... on WorkOrder { id } } }`,
      {
        input: {
          storeId: store.globalId,
          customerId: globalId('Customer', bob.accountId),
          shoe: { brand: 'Nike', model: 'AJ1', colour: 'black' },
          services: [{ code: 'deep-clean', name: 'Deep clean', category: 'cleaning', priceMinor: 12800 }],
          promisedAt: new Date(Date.now() + 86400_000).toISOString(),
        },
      },
    );
    const orderId = openWorkOrder.id;
    const send = (client: typeof alice, conversationId: string) =>
      client.request(SEND, {
        input: {
          conversationId,
          clientMessageId: randomUUID(),
          kind: 'text',
          body: 'see this',
          link: { kind: 'order', id: orderId },
        },
      });
    expect(codes(await send(alice, await conversationOf(alice)))).toEqual(['NotAllowed']);
    expect(codes(await send(bob, await conversationOf(bob)))).toEqual(['SentMessage']);
  });

  it('a call recording URL must be https', async () => {
    const clerk = await t.staff(store, 'clerk');
    const customer = await t.customer();
    const conversationId = await conversationOf(customer);
    const inviteeIds = [globalId('Account', customer.accountId)];
    const started = await clerk.query(
      `mutation($input: StartCallInput!) { startCall(input: $input) { __typename ... on CallSession { id } ... on Error { message } } }`,
      { input: { storeId: store.globalId, conversationId, purpose: 'inspection', inviteeIds } },
    );
    expect(started.startCall.__typename).toBe('CallSession');
    const attach = (url: string) =>
      clerk.request(
        `mutation($input: AttachCallRecordingInput!) { attachCallRecording(input: $input) { __typename ... on CallSession { recordingUrl } } }`,
        { input: { callId: started.startCall.id, url } },
      );
    for (const url of ['javascript:alert(1)', 'http://recordings.example.com/1.mp4', 'data:text/html,hi']) {
      expect(codes(await attach(url)), url).toEqual(['InvalidInput']);
    }
    expect(codes(await attach('https://recordings.example.com/1.mp4'))).toEqual(['CallSession']);
  });
});
