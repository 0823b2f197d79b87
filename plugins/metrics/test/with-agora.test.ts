import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { agoraPlugin, WEBHOOK_PATH } from '@lacewire/plugin-agora';
import { filesPlugin } from '@lacewire/plugin-files';
import { messagingPlugin, openCustomerConversation } from '@lacewire/plugin-messaging';
import { createTestPlatform, globalId, type TestClient, type TestPlatform, type TestStore } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The agora plugin's own stand-in for Agora's REST API and webhook sender.
import { AgoraStandin } from '../../agora/test/standin/agora-standin.ts';
import { metricsPlugin } from '../src/index.ts';

const APP_ID = '0123456789abcdef0123456789abcdef';
const credentials = {
  appId: APP_ID,
  appCertificate: 'fedcba9876543210fedcba9876543210',
  customerKey: 'customer-key-1',
  customerSecret: 'customer-secret-1',
  webhookSecret: 'webhook-secret-1',
};
type Client = TestClient & { accountId: string };

const START = `mutation($input: StartCallInput!) { startCall(input: $input) { __typename ... on CallSession { id channel participants { accountId rtcUid } } ... on Error { message } } }`;
const act = async (by: Client, name: string, callId: string) =>
  (
    await by.query(`mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { __typename } }`, {
      input: { callId },
    })
  )[name];
const TOTAL = `query($from: DateTime!, $to: DateTime!) { metrics(from: $from, to: $to) { total {
  callsStarted callsConnected callsDeclined callsMissed callsCancelled callsDropped callSuccessRate pushes pushesSucceeded pushSuccessRate } } }`;

let agora: AgoraStandin;
let t: TestPlatform;
let store: TestStore;
let clerk: Client;
let customer: Client;
/** The customer's conversation with the store: what the calls are about. */
let conversationId: string;

beforeAll(async () => {
  agora = await AgoraStandin.start({
    appId: APP_ID,
    customerKey: credentials.customerKey,
    customerSecret: credentials.customerSecret,
  });
  const directory = await mkdtemp(join(tmpdir(), 'lw-metrics-agora-'));
  t = await createTestPlatform({
    plugins: [filesPlugin, messagingPlugin, agoraPlugin, metricsPlugin],
    settings: {
      files: { directory, secret: 'metrics-test-secret-metrics-test!!' },
      agora: { ...credentials, baseUrl: agora.url, retryBaseMs: 50, retryMaxMs: 200, pushTimeoutMs: 400 },
    },
  });
  store = await t.store('Agora');
  clerk = await t.staff(store, 'clerk');
  customer = await t.customer();
  const { conversation } = await t.runtime.tx((tx) => openCustomerConversation(tx, store.id, customer.accountId));
  conversationId = globalId('Conversation', conversation.id);
  // Both get Agora identities, so events are pushed to them over RTM.
  for (const c of [clerk, customer]) await c.query(`{ agoraSession(storeId: "${store.globalId}") { enabled } }`);
});
afterAll(async () => {
  await t?.close();
  await agora?.close();
});

describe('with the real agora plugin', () => {
  it('counts calls connected, declined and dropped, and RTM pushes sent and failed', async () => {
    const start = async () => {
      const r = await clerk.query(START, {
        input: {
          storeId: store.globalId,
          conversationId,
          purpose: 'inspection',
          inviteeIds: [globalId('Account', customer.accountId)],
        },
      });
      expect(r.startCall.__typename).toBe('CallSession');
      return r.startCall as { id: string; channel: string; participants: { accountId: string; rtcUid: number }[] };
    };
    // 1: answered, both in the channel, hung up.
    const one = await start();
    await act(customer, 'acceptCall', one.id);
    await act(clerk, 'reportCallJoined', one.id);
    await act(customer, 'reportCallJoined', one.id);
    await act(clerk, 'endCall', one.id);
    // 2: declined.
    const two = await start();
    await act(customer, 'declineCall', two.id);
    // 3: connected, then Agora sees the customer drop out before the app says anything.
    agora.failNext(1, 400); // and one push is refused for good
    const three = await start();
    await act(customer, 'acceptCall', three.id);
    await act(clerk, 'reportCallJoined', three.id);
    await act(customer, 'reportCallJoined', three.id);
    const uid = three.participants.find((p) => p.accountId === globalId('Account', customer.accountId))?.rtcUid;
    const res = await AgoraStandin.sendNotice(
      t.url.replace(/\/graphql$/, WEBHOOK_PATH),
      credentials.webhookSecret,
      AgoraStandin.notice(108, { channelName: three.channel, uid, reason: 2, clientSeq: 5 }),
    );
    expect(res.status).toBe(200);
    await act(clerk, 'endCall', three.id);
    await t.settle();

    const owner = await t.owner();
    const range = { from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date(Date.now() + 3_600_000).toISOString() };
    // Pushes settle in jobs: wait until every one the stand-in saw is counted.
    let total: any;
    for (let i = 0; i < 100; i++) {
      await t.settle();
      total = (await owner.query(TOTAL, range)).metrics.total;
      if (total.pushes > 0 && total.pushesSucceeded === agora.delivered.length && total.pushes === total.pushesSucceeded + 1)
        break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(total).toMatchObject({
      callsStarted: 3,
      callsConnected: 2,
      callsDeclined: 1,
      callsMissed: 0,
      callsCancelled: 0,
      callsDropped: 1,
    });
    expect(total.callSuccessRate).toBeCloseTo(2 / 3, 6);
    expect(total.pushesSucceeded).toBe(agora.delivered.length);
    expect(total.pushes).toBe(total.pushesSucceeded + 1);
    expect(total.pushSuccessRate).toBeCloseTo(total.pushesSucceeded / total.pushes, 6);
  });
});
