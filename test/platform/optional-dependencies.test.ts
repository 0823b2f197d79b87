import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EventName, type EventPayload, exec, type PluginDefinition, printPlatformSchema, rows, sql } from '@lacewire/core';
import { openCustomerConversation } from '@lacewire/plugin-messaging';
import { createTestPlatform, globalId, type TestClient, type TestPlatform, type TestStore } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstPartyPlugins } from '../../packages/server/src/plugins.ts';

/**
 * Notifications, agora, metrics, care and aftercare use other plugins when they are installed (`optional`): every
 * combination composes a schema, and each runs on its own and with each of them, doing what that
 * plugin brings (its events notified, pushed, counted; calls about its objects).
 */
const byName = new Map(firstPartyPlugins.map((p) => [p.name, p]));
const plugin = (name: string) => byName.get(name) as PluginDefinition;

/** The named plugins and everything they require, as the distribution registers them. */
function withRequirements(names: string[]): PluginDefinition[] {
  const found = new Map<string, PluginDefinition>();
  const add = (name: string) => {
    if (found.has(name)) return;
    found.set(name, plugin(name));
    for (const dep of plugin(name).requires ?? []) add(dep);
  };
  for (const name of names) add(name);
  return [...found.values()];
}

function subsets<T>(items: readonly T[]): T[][] {
  const all: T[][] = [[]];
  for (const item of items) for (const subset of [...all]) all.push([...subset, item]);
  return all;
}

const OPTIONAL_USERS = ['notifications', 'agora', 'metrics', 'care', 'aftercare'];

describe('every combination of optional plugins composes', () => {
  for (const name of OPTIONAL_USERS) {
    const optional = plugin(name).optional ?? [];
    it(`${name} with any of ${optional.join(', ')}`, () => {
      expect(optional.length).toBeGreaterThan(0);
      for (const chosen of subsets(optional)) {
        const schema = printPlatformSchema(withRequirements([name, ...chosen]));
        expect(schema, `${name} + [${chosen.join(', ')}]`).toContain('type Query');
      }
    });
  }
});

describe('aftercare with and without customers and appointments', () => {
  it('adds Customer.complaints with customers and rebookOrder with appointments, and nothing of them without', () => {
    for (const chosen of subsets(plugin('aftercare').optional ?? [])) {
      const plugins = withRequirements(['aftercare', ...chosen]);
      const installed = new Set(plugins.map((p) => p.name));
      const schema = printPlatformSchema(plugins);
      const customer = /\ntype Customer implements Node \{[^}]*\}/.exec(schema)?.[0] ?? '';
      expect(customer.includes('complaints:'), `[${chosen.join(', ')}]`).toBe(installed.has('customers'));
      expect(schema.includes('rebookOrder('), `[${chosen.join(', ')}]`).toBe(installed.has('appointments'));
    }
  });
});

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lw-optional-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Each test starts a platform of its own: a fresh embedded database is slow on a loaded machine. */
const STARTS_A_PLATFORM = 120_000;

interface Running {
  t: TestPlatform;
  store: TestStore;
  clerk: TestClient & { accountId: string };
  customer: TestClient & { accountId: string };
}

/** A platform of `names` (and what they require) with a store, a clerk and a customer; closed after `use`. */
async function withPlatform(names: string[], use: (running: Running) => Promise<void>) {
  const t = await createTestPlatform({
    plugins: withRequirements(names),
    settings: {
      files: { directory: dir, secret: 'optional-secret-optional-secret-1234' },
      agora: { appId: '0123456789abcdef0123456789abcdef', appCertificate: 'fedcba9876543210fedcba9876543210' },
    },
  });
  try {
    const store = await t.store();
    await use({ t, store, clerk: await t.staff(store, 'clerk'), customer: await t.customer() });
  } finally {
    await t.close();
  }
}

/** Emits another plugin's event as that plugin would, and waits until it is handled. */
async function emit<T extends EventName>(t: TestPlatform, type: T, payload: EventPayload<T>, storeId: string) {
  await t.runtime.tx(async (tx) => tx.emit(type, payload, { stores: [storeId] }));
  await t.settle();
}

const SYSTEM_MESSAGES = `query($store: ID!) { conversations(storeId: $store) { edges { node {
  messages { messages { kind link { kind } } } } } } }`;

describe('notifications with and without each optional plugin', { timeout: STARTS_A_PLATFORM }, () => {
  const notified = async ({ t, store, customer }: Running, emitted: () => Promise<void>) => {
    // Quiet hours off: the notice is sent at once, whatever the time of day.
    await exec(
      t.runtime.em(),
      sql`insert into notifications_quiet_hours (store_id, starts, ends, enabled) values (${store.id}, '22:00', '08:00', false)`,
    );
    await emitted();
    const { conversations } = await customer.query(SYSTEM_MESSAGES, { store: store.globalId });
    return conversations.edges.flatMap((e: any) => e.node.messages.messages).filter((m: any) => m.kind === 'system');
  };
  const people = ({ store, customer }: Running) => ({ storeId: store.id, customerId: customer.accountId });

  it('alone: templates and previews work', () =>
    withPlatform(['notifications'], async ({ store, clerk }) => {
      const preview = await clerk.query(
        `query($s: ID!) { notificationPreview(storeId: $s, kind: readyForPickup, locale: "zh-CN") }`,
        { s: store.globalId },
      );
      expect(preview.notificationPreview).toContain('JA-0042');
    }));

  it('with care: the customer hears that the order was received', () =>
    withPlatform(['notifications', 'care'], async (running) => {
      const messages = await notified(running, () =>
        emit(
          running.t,
          'order.opened',
          { ...people(running), orderId: randomUUID(), tagNumber: 'A-001', status: 'received' },
          running.store.id,
        ),
      );
      expect(messages).toEqual([{ kind: 'system', link: { kind: 'order' } }]);
    }));

  it('with appointments: the customer hears that the booking is confirmed', () =>
    withPlatform(['notifications', 'appointments'], async (running) => {
      const at = new Date(Date.now() + 86_400_000).toISOString();
      const booking = {
        appointmentId: randomUUID(),
        technicianId: running.clerk.accountId,
        startsAt: at,
        endsAt: at,
        status: 'confirmed',
      };
      const messages = await notified(running, () =>
        emit(running.t, 'appointment.confirmed', { ...people(running), ...booking }, running.store.id),
      );
      expect(messages).toEqual([{ kind: 'system', link: { kind: 'appointment' } }]);
    }));

  it('with aftercare: the customer hears about their complaint', () =>
    withPlatform(['notifications', 'aftercare'], async (running) => {
      const change = { complaintId: randomUUID(), from: 'open', to: 'inProgress', note: null };
      const messages = await notified(running, () =>
        emit(running.t, 'complaint.statusChanged', { ...people(running), ...change }, running.store.id),
      );
      expect(messages).toEqual([{ kind: 'system', link: { kind: 'complaint' } }]);
    }));
});

const START = `mutation($input: StartCallInput!) { startCall(input: $input) { __typename ... on CallSession { id status } ... on Error { message } } }`;

describe('agora with and without each optional plugin', { timeout: STARTS_A_PLATFORM }, () => {
  const start = ({ store, clerk, customer }: Running, subject: Record<string, string>) =>
    clerk.query(START, {
      input: { storeId: store.globalId, purpose: 'consult', inviteeIds: [globalId('Account', customer.accountId)], ...subject },
    });
  const conversationOf = async ({ t, store, customer }: Running) =>
    globalId(
      'Conversation',
      (await t.runtime.tx((tx) => openCustomerConversation(tx, store.id, customer.accountId))).conversation.id,
    );

  it('alone: it says what it can do, and refuses calls about objects nobody owns here', () =>
    withPlatform(['agora'], async (running) => {
      const status = await running.clerk.query('{ agoraStatus { tokens push } }');
      expect(status.agoraStatus).toEqual({ tokens: true, push: false });
      const call = await start(running, { conversationId: globalId('Conversation', randomUUID()) });
      expect(call.startCall).toMatchObject({ __typename: 'InvalidInput', message: expect.stringContaining('messaging') });
      const order = await start(running, { orderId: globalId('WorkOrder', randomUUID()) });
      expect(order.startCall).toMatchObject({ __typename: 'InvalidInput', message: expect.stringContaining('care') });
    }));

  it('with messaging: calls from a conversation, whose record lands in it', () =>
    withPlatform(['agora', 'messaging'], async (running) => {
      const conversationId = await conversationOf(running);
      const call = await start(running, { conversationId });
      expect(call.startCall).toMatchObject({ __typename: 'CallSession', status: 'ringing' });
      const ended = await running.clerk.query(
        `mutation($input: EndCallInput!) { endCall(input: $input) { ... on CallSession { status } } }`,
        { input: { callId: call.startCall.id } },
      );
      expect(ended.endCall.status).toBe('cancelled');
      const records = await rows(running.t.runtime.em(), sql`select meta from messaging_message where kind = 'call'`);
      expect(records).toEqual([{ meta: expect.objectContaining({ status: 'cancelled', purpose: 'consult' }) }]);
    }));

  it('with care: calls about an order (an unknown one is not found)', () =>
    withPlatform(['agora', 'care'], async (running) => {
      const order = await start(running, { orderId: globalId('WorkOrder', randomUUID()) });
      expect(order.startCall.__typename).toBe('NotFound');
    }));

  for (const other of ['aftercare', 'appointments']) {
    it(`with ${other}: starts and answers as on its own`, () =>
      withPlatform(['agora', other], async (running) => {
        expect((await running.clerk.query('{ agoraStatus { tokens } }')).agoraStatus.tokens).toBe(true);
        expect((await start(running, { conversationId: globalId('Conversation', randomUUID()) })).startCall.__typename).toBe(
          'InvalidInput',
        );
      }));
  }
});

const TOTAL = `query($from: DateTime!, $to: DateTime!) { metrics(from: $from, to: $to) { total {
  messagesSent callsStarted ordersCompleted complaints } } }`;

describe('metrics with and without each optional plugin', { timeout: STARTS_A_PLATFORM }, () => {
  const total = async ({ t }: Running) => {
    const range = { from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date(Date.now() + 3_600_000).toISOString() };
    return (await (await t.owner()).query(TOTAL, range)).metrics.total;
  };
  const none = { messagesSent: 0, callsStarted: 0, ordersCompleted: 0, complaints: 0 };

  it('alone: reports zeros', () =>
    withPlatform(['metrics'], async (running) => {
      expect(await total(running)).toEqual(none);
    }));

  it('with messaging: counts messages sent through the API', () =>
    withPlatform(['metrics', 'messaging'], async (running) => {
      const { customer, store, t } = running;
      const opened = await customer.query(
        `mutation($input: OpenConversationInput!) { openConversation(input: $input) { ... on Conversation { id } } }`,
        { input: { storeId: store.globalId } },
      );
      const sent = await customer.query(`mutation($input: SendMessageInput!) { sendMessage(input: $input) { __typename } }`, {
        input: { conversationId: opened.openConversation.id, clientMessageId: randomUUID(), kind: 'text', body: '在吗' },
      });
      expect(sent.sendMessage.__typename).toBe('SentMessage');
      await t.settle();
      expect(await total(running)).toEqual({ ...none, messagesSent: 1 });
    }));

  it('with agora: counts calls', () =>
    withPlatform(['metrics', 'agora'], async (running) => {
      const { t, store, clerk, customer } = running;
      const invited = {
        callId: randomUUID(),
        storeId: store.id,
        purpose: 'consult' as const,
        subjectKind: 'conversation' as const,
        subjectId: randomUUID(),
        channel: 'lwcall_optional',
        invitedBy: clerk.accountId,
        inviteeIds: [customer.accountId],
        ringUntil: new Date().toISOString(),
      };
      await emit(t, 'agora.callInvited', invited, store.id);
      expect(await total(running)).toEqual({ ...none, callsStarted: 1 });
    }));

  it('with care: counts orders picked up', () =>
    withPlatform(['metrics', 'care'], async (running) => {
      const { t, store, clerk, customer } = running;
      const pickedUp = {
        orderId: randomUUID(),
        storeId: store.id,
        customerId: customer.accountId,
        pickedUpBy: clerk.accountId,
        totalMinor: 12800,
        currency: 'CNY',
      };
      await emit(t, 'order.pickedUp', pickedUp, store.id);
      expect(await total(running)).toEqual({ ...none, ordersCompleted: 1 });
    }));

  it('with aftercare: counts complaints', () =>
    withPlatform(['metrics', 'aftercare'], async (running) => {
      const { t, store, customer } = running;
      const submitted = {
        storeId: store.id,
        customerId: customer.accountId,
        complaintId: randomUUID(),
        assigneeId: null,
        severity: 'low',
      };
      await emit(t, 'complaint.submitted', submitted, store.id);
      expect(await total(running)).toEqual({ ...none, complaints: 1 });
    }));
});
