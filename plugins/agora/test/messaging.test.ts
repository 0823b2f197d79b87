import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesPlugin } from '@lacewire/plugin-files';
import { messagingPlugin, openCustomerConversation } from '@lacewire/plugin-messaging';
import { createTestPlatform, globalId, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agoraPlugin } from '../src/index.ts';
import { APP_ID, account, credentials, KEY, SECRET } from './helpers.ts';
import { AgoraStandin } from './standin/agora-standin.ts';

const HISTORY = `query($id: ID!) { node(id: $id) { ... on Conversation { messages(limit: 20) { messages { kind body senderName } } } } }`;
const START = `mutation($input: StartCallInput!) { startCall(input: $input) { __typename ... on CallSession { id participants { accountId } } ... on Error { message } } }`;
const act = (name: string) =>
  `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { __typename ... on CallSession { status durationSeconds } ... on Error { message } } }`;

/** With the real messaging plugin: calls from a conversation, and the call record in it. */
describe('agora with messaging', () => {
  let t: TestPlatform;
  let agora: AgoraStandin;
  beforeAll(async () => {
    agora = await AgoraStandin.start({ appId: APP_ID, customerKey: KEY, customerSecret: SECRET });
    const directory = await mkdtemp(join(tmpdir(), 'lw-agora-'));
    t = await createTestPlatform({
      plugins: [filesPlugin, messagingPlugin, agoraPlugin],
      settings: {
        files: { directory, secret: 'agora-test-secret-agora-test-secret!!' },
        agora: { ...credentials, baseUrl: agora.url, retryBaseMs: 50 },
      },
    });
  });
  afterAll(async () => {
    await t?.close();
    await agora?.close();
  });

  it('calls from a conversation; the call record lands in it and is pushed like any message', async () => {
    const store = await t.store();
    const clerk = await t.staff(store, 'clerk');
    const customer = await t.customer();
    const stranger = await t.customer();
    const customerRtm = (await customer.query(`{ agoraSession { rtmUserId } }`)).agoraSession.rtmUserId;
    const { conversation } = await t.runtime.tx((tx) => openCustomerConversation(tx, store.id, customer.accountId));
    const input = { storeId: store.globalId, conversationId: globalId('Conversation', conversation.id), purpose: 'consult' };

    expect((await stranger.query(START, { input: { ...input, inviteeIds: [account(clerk)] } })).startCall.__typename).toBe(
      'NotAllowed',
    );
    expect((await clerk.query(START, { input: { ...input, inviteeIds: [account(stranger)] } })).startCall.__typename).toBe(
      'NotAllowed',
    );

    const call = (await customer.query(START, { input: { ...input, inviteeIds: [account(clerk)] } })).startCall;
    expect(call.__typename).toBe('CallSession');
    await clerk.query(act('acceptCall'), { input: { callId: call.id } });
    await clerk.query(act('reportCallJoined'), { input: { callId: call.id } });
    await customer.query(act('reportCallJoined'), { input: { callId: call.id } });
    const ended = (await clerk.query(act('endCall'), { input: { callId: call.id } })).endCall;
    expect(ended.status).toBe('ended');

    const history = (await customer.query(HISTORY, { id: globalId('Conversation', conversation.id) })).node.messages.messages;
    const record = history.find((m: any) => m.kind === 'call');
    expect(record?.body).toMatch(/^视频通话（咨询） · 时长 \d+:\d\d$/);
    // In the language the reader chose (the record keeps its reference, not only its Chinese).
    await customer.query('mutation { setMyLocale(input: { locale: "en" }) { __typename } }');
    const again = (await customer.query(HISTORY, { id: globalId('Conversation', conversation.id) })).node.messages.messages;
    expect(again.find((m: any) => m.kind === 'call')?.body).toMatch(/^Video call \(consult\) · \d+:\d\d$/);

    await t.settle();
    const pushed = await agora.waitForDelivered(1, customerRtm);
    await new Promise((r) => setTimeout(r, 300));
    const types = agora.deliveredTo(customerRtm).map((m) => m.type);
    expect(types).toContain('agora.callInvited');
    expect(types).toContain('message.sent');
    expect(types).toContain('agora.callEnded');
    expect(pushed.length).toBeGreaterThan(0);
    // Each event once per recipient.
    const ids = agora.deliveredTo(customerRtm).map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
