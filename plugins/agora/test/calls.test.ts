import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rows, sql } from '@lacewire/core';
import { filesPlugin } from '@lacewire/plugin-files';
import { messagingPlugin, openCustomerConversation } from '@lacewire/plugin-messaging';
import { createTestPlatform, globalId, localId, type TestClient, type TestPlatform, type TestStore } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agoraMetrics, agoraPlugin, WEBHOOK_PATH } from '../src/index.ts';
import { AgoraStandin } from '../test/standin/agora-standin.ts';
import { APP_ID, account, CERT, credentials, eventually, parseToken, WEBHOOK_SECRET } from './helpers.ts';

type Client = TestClient & { accountId: string };

const CALL_FIELDS = `id status purpose channel connectedAt endedAt durationSeconds recordingUrl subjectKind subjectId
  participants { accountId role state rtcUid joinConfirmed }`;
const START = `mutation($input: StartCallInput!) { startCall(input: $input) { __typename ... on CallSession { ${CALL_FIELDS} } ... on Error { message } } }`;
const op = (name: string, extra = '') =>
  `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { __typename ... on CallSession { ${CALL_FIELDS} } ... on Error { message } ${extra} } }`;
const TOKEN = `query($callId: ID!) { callToken(callId: $callId) { __typename ... on RtcCredentials { appId channel uid role token expiresAt renewAt } ... on Error { message } } }`;
const CALL = `query($id: ID!) { node(id: $id) { ... on CallSession { ${CALL_FIELDS} } } }`;
const EVENTS = `subscription($types: [String!]) { events(types: $types) { cursor type payload } }`;

/** The call records messaging keeps: `call` messages, by call id (their `meta`). */
async function callRecords(): Promise<{ callId: string; status: string; purpose: string }[]> {
  const found = await rows<{ meta: { callId: string; status: string; purpose: string } }>(
    t.runtime.em(),
    sql`select meta from messaging_message where kind = 'call'`,
  );
  return found.map((r) => r.meta);
}

let t: TestPlatform;
let store: TestStore;
let otherStore: TestStore;
let clerk: Client;
let tech: Client;
let admin: Client;
let customer: Client;
let otherCustomer: Client;
let otherClerk: Client;
let webhookUrl: string;
/** The customer's conversation with the store: what most calls here are about. */
let conversationId: string;

beforeAll(async () => {
  t = await createTestPlatform({
    plugins: [filesPlugin, messagingPlugin, agoraPlugin],
    settings: {
      files: { directory: await mkdtemp(join(tmpdir(), 'lw-agora-calls-')), secret: 'agora-calls-secret-agora-calls-secret' },
      // Pushes are not under test here.
      agora: { ...credentials, baseUrl: 'http://127.0.0.1:9', ringSeconds: 2, rtcTokenSeconds: 1200 },
    },
  });
  store = await t.store();
  otherStore = await t.store();
  clerk = await t.staff(store, 'clerk');
  tech = await t.staff(store, 'technician');
  admin = await t.staff(store, 'storeAdmin');
  otherClerk = await t.staff(otherStore, 'clerk');
  customer = await t.customer();
  otherCustomer = await t.customer();
  conversationId = await conversationOf(store, customer);
  webhookUrl = t.url.replace(/\/graphql$/, WEBHOOK_PATH);
});
afterAll(() => t?.close());

async function conversationOf(of: TestStore, who: Client) {
  const { conversation } = await t.runtime.tx((tx) => openCustomerConversation(tx, of.id, who.accountId));
  return globalId('Conversation', conversation.id);
}

async function start(by: Client, input: Record<string, unknown>) {
  return (await by.query(START, { input: { storeId: store.globalId, conversationId, purpose: 'inspection', ...input } }))
    .startCall;
}
const act = async (by: Client, name: string, callId: string, extra: Record<string, unknown> = {}) =>
  (await by.query(op(name), { input: { callId, ...extra } }))[name];

describe('call sessions', () => {
  it('rings the invitee (event), who accepts, gets an RTC publisher token and joins; webhook confirms; the call ends with a duration and a call record', async () => {
    const ring = customer.subscribe(EVENTS, { types: ['agora.callInvited', 'agora.callAccepted', 'agora.callEnded'] });
    await ring.ready();
    const call = await start(clerk, { inviteeIds: [account(customer)], purpose: 'authentication' });
    expect(call.__typename).toBe('CallSession');
    expect(call.status).toBe('ringing');
    const invited = await ring.next();
    expect(invited.events).toMatchObject({
      type: 'agora.callInvited',
      payload: { purpose: 'authentication', channel: call.channel },
    });

    // Before answering there is no token.
    expect((await customer.query(TOKEN, { callId: call.id })).callToken.__typename).toBe('Conflict');
    const accepted = await act(customer, 'acceptCall', call.id);
    expect(accepted.status).toBe('active');
    expect((await ring.next()).events.type).toBe('agora.callAccepted');

    const creds = (await customer.query(TOKEN, { callId: call.id })).callToken;
    expect(creds).toMatchObject({ __typename: 'RtcCredentials', appId: APP_ID, channel: call.channel, role: 'publisher' });
    const me = accepted.participants.find((p: any) => p.accountId === account(customer));
    expect(creds.uid).toBe(me.rtcUid);
    const parsed = parseToken(creds.token);
    expect(parsed.appId).toBe(APP_ID);
    expect(parsed.verifies(CERT)).toBe(true);
    expect(parsed.rtc).toEqual({
      channel: call.channel,
      uid: String(me.rtcUid),
      privileges: { 1: 1200, 2: 1200, 3: 1200, 4: 1200 },
    });
    expect(parsed.expire).toBe(1200);

    // Both apps report joining; Agora's webhook confirms each uid.
    await act(clerk, 'reportCallJoined', call.id);
    const joined = await act(customer, 'reportCallJoined', call.id);
    expect(joined.connectedAt).not.toBeNull();
    for (const p of joined.participants) {
      const res = await AgoraStandin.sendNotice(
        webhookUrl,
        WEBHOOK_SECRET,
        AgoraStandin.notice(107, { channelName: call.channel, uid: p.rtcUid, platform: 7, clientSeq: 1 }),
      );
      expect(res.status).toBe(200);
    }
    const confirmed = (await clerk.query(CALL, { id: call.id })).node;
    expect(confirmed.participants.every((p: any) => p.joinConfirmed && p.state === 'joined')).toBe(true);

    // Agora reports both leaving: the call is over.
    for (const p of joined.participants) {
      await AgoraStandin.sendNotice(
        webhookUrl,
        WEBHOOK_SECRET,
        AgoraStandin.notice(108, { channelName: call.channel, uid: p.rtcUid, reason: 1, clientSeq: 2 }),
      );
    }
    const ended = (await clerk.query(CALL, { id: call.id })).node;
    expect(ended).toMatchObject({ status: 'ended' });
    expect(ended.durationSeconds).toBeGreaterThanOrEqual(0);
    expect((await ring.next()).events).toMatchObject({ type: 'agora.callEnded', payload: { status: 'ended' } });
    // The call record lands in the conversation.
    const record = (await callRecords()).find((r) => r.callId === localId(call.id));
    expect(record).toMatchObject({ status: 'ended', purpose: 'authentication' });
    await ring.close();
    // No token once the call is over.
    expect((await customer.query(TOKEN, { callId: call.id })).callToken.__typename).toBe('Conflict');
  });

  it('gives observers a subscriber token (join privilege only) and refuses tokens to outsiders', async () => {
    const call = await start(clerk, { inviteeIds: [account(customer)], observerIds: [account(admin)] });
    await act(admin, 'acceptCall', call.id);
    const creds = (await admin.query(TOKEN, { callId: call.id })).callToken;
    expect(creds.role).toBe('subscriber');
    expect(parseToken(creds.token).rtc?.privileges).toEqual({ 1: 1200 });
    expect((await otherCustomer.query(TOKEN, { callId: call.id })).callToken.__typename).toBe('NotAllowed');
    expect((await tech.query(TOKEN, { callId: call.id })).callToken.__typename).toBe('NotAllowed');
    // Outsiders do not see the call at all; store staff do.
    expect((await otherCustomer.query(CALL, { id: call.id })).node).toBeNull();
    expect((await otherClerk.query(CALL, { id: call.id })).node).toBeNull();
    expect((await tech.query(CALL, { id: call.id })).node?.id).toBe(call.id);
    await act(clerk, 'endCall', call.id);
  });

  it('refuses other stores, foreign customers and strangers, and changes nothing', async () => {
    const before = (await admin.query(`query($s: ID!) { calls(storeId: $s) { id } }`, { s: store.globalId })).calls.length;
    const kind = async (by: Client, input: Record<string, unknown>) => {
      const r = await start(by, input);
      return `${r.__typename}${r.message ? `: ${r.message}` : ''}`;
    };
    expect(await kind(otherClerk, { inviteeIds: [account(customer)] })).toMatch(/^NotAllowed/);
    expect(await kind(clerk, { inviteeIds: [account(otherCustomer)] })).toMatch(/^NotAllowed/);
    expect(await kind(clerk, { inviteeIds: [account(otherClerk)] })).toMatch(/^NotAllowed/);
    expect(await kind(otherCustomer, { inviteeIds: [account(clerk)] })).toMatch(/^NotAllowed/);
    expect(await kind(clerk, { inviteeIds: [] })).toMatch(/^InvalidInput/);
    expect(
      await kind(clerk, { conversationId: globalId('Conversation', randomUUID()), inviteeIds: [account(customer)] }),
    ).toMatch(/^NotFound/);
    expect(
      (
        await clerk.query(START, {
          input: { storeId: otherStore.globalId, conversationId, purpose: 'consult', inviteeIds: [account(customer)] },
        })
      ).startCall.__typename,
    ).toBe('InvalidInput'); // the conversation belongs to another store
    const after = (await admin.query(`query($s: ID!) { calls(storeId: $s) { id } }`, { s: store.globalId })).calls.length;
    expect(after).toBe(before);
    expect(
      (await otherClerk.request(`query($s: ID!) { calls(storeId: $s) { id } }`, { s: store.globalId })).errors?.length,
    ).toBeGreaterThan(0);
  });

  it("lets the conversation's customer call the store (consult)", async () => {
    const call = await start(customer, { purpose: 'consult', inviteeIds: [account(clerk), account(tech)] });
    expect(call.__typename).toBe('CallSession');
    const declined = await act(clerk, 'declineCall', call.id);
    expect(declined.status).toBe('ringing');
    const accepted = await act(tech, 'acceptCall', call.id);
    expect(accepted.status).toBe('active');
    expect((await act(tech, 'acceptCall', call.id)).__typename).toBe('Conflict');
    const ended = await act(customer, 'endCall', call.id);
    expect(ended.status).toBe('cancelled'); // nobody joined the channel
  });

  it('ends as declined when everyone declines', async () => {
    const call = await start(clerk, { inviteeIds: [account(customer)] });
    const declined = await act(customer, 'declineCall', call.id);
    expect(declined.status).toBe('declined');
    expect((await callRecords()).find((r) => r.callId === localId(declined.id))?.status).toBe('declined');
  });

  it('counts unanswered invitees as missed when the ring times out (durable job)', async () => {
    const sub = customer.subscribe(EVENTS, { types: ['agora.callMissed', 'agora.callEnded'] });
    await sub.ready();
    const call = await start(clerk, { inviteeIds: [account(customer)] });
    const mine = async () => {
      for (;;) {
        const value = await sub.next(15_000);
        if (value.events.payload.callId === localId(call.id)) return value.events;
      }
    };
    expect(await mine()).toMatchObject({ type: 'agora.callMissed', payload: { accountIds: [customer.accountId] } });
    expect(await mine()).toMatchObject({ type: 'agora.callEnded', payload: { status: 'missed' } });
    const after = (await clerk.query(CALL, { id: call.id })).node;
    expect(after.status).toBe('missed');
    expect(after.participants.find((p: any) => p.accountId === account(customer)).state).toBe('missed');
    expect((await act(customer, 'acceptCall', call.id)).__typename).toBe('Conflict');
    await sub.close();
  });

  it('attaches a recording reference', async () => {
    const call = await start(clerk, { inviteeIds: [account(customer)] });
    const withRec = await act(clerk, 'attachCallRecording', call.id, { url: 'https://files.example.com/rec/1.mp4' });
    expect(withRec.recordingUrl).toBe('https://files.example.com/rec/1.mp4');
    expect((await act(otherCustomer, 'attachCallRecording', call.id, { url: 'https://x.example.com/a' })).__typename).toBe(
      'NotAllowed',
    );
    await act(clerk, 'endCall', call.id);
  });

  it('is switched per store (gray rollout)', async () => {
    const off = await t.store('No calls', { features: 'defaults' });
    const offClerk = await t.staff(off, 'clerk');
    const result = await offClerk.query(START, {
      input: {
        storeId: off.globalId,
        conversationId: await conversationOf(off, customer),
        purpose: 'inspection',
        inviteeIds: [account(customer)],
      },
    });
    expect(result.startCall.__typename).toBe('FeatureDisabled');
  });

  it('records call attempts, connections and durations for metrics', async () => {
    const metrics = await agoraMetrics(t.runtime.em(), new Date(Date.now() - 3600_000));
    expect(metrics.callAttempts).toBeGreaterThanOrEqual(5);
    expect(metrics.callConnections).toBeGreaterThanOrEqual(1);
  });
});

describe('notification webhook', () => {
  async function activeCall() {
    const call = await start(clerk, { inviteeIds: [account(customer)] });
    await act(customer, 'acceptCall', call.id);
    return call;
  }

  it('accepts a valid signature and ignores a replayed noticeId', async () => {
    const call = await activeCall();
    const sub = clerk.subscribe(EVENTS, { types: ['agora.callJoined'] });
    await sub.ready();
    const uid = call.participants.find((p: any) => p.accountId === account(customer)).rtcUid;
    const notice = AgoraStandin.notice(107, { channelName: call.channel, uid, platform: 1, clientSeq: 5 });
    const first = await AgoraStandin.sendNotice(webhookUrl, WEBHOOK_SECRET, notice);
    expect(first).toEqual({ status: 200, body: { ok: true, duplicate: false } });
    expect((await sub.next()).events).toMatchObject({
      type: 'agora.callJoined',
      payload: { accountId: customer.accountId, source: 'webhook' },
    });
    const replay = await AgoraStandin.sendNotice(webhookUrl, WEBHOOK_SECRET, notice);
    expect(replay).toEqual({ status: 200, body: { ok: true, duplicate: true } });
    // A leave replayed under the same noticeId is ignored too.
    const leave = AgoraStandin.notice(108, { channelName: call.channel, uid, reason: 1 }, notice.noticeId);
    expect((await AgoraStandin.sendNotice(webhookUrl, WEBHOOK_SECRET, leave)).body.duplicate).toBe(true);
    const state = (await clerk.query(CALL, { id: call.id })).node.participants.find(
      (p: any) => p.accountId === account(customer),
    );
    expect(state).toMatchObject({ state: 'joined', joinConfirmed: true });
    await sub.expectSilence(300);
    await sub.close();
  });

  it('rejects a tampered body, a wrong secret and a missing signature, and changes nothing', async () => {
    const call = await activeCall();
    const uid = call.participants.find((p: any) => p.accountId === account(customer)).rtcUid;
    const notice = AgoraStandin.notice(107, { channelName: call.channel, uid });
    const tampered = await AgoraStandin.sendNotice(webhookUrl, WEBHOOK_SECRET, notice, {
      tamper: (raw) => raw.replace(`"uid":${uid}`, `"uid":${uid + 1}`),
    });
    expect(tampered.status).toBe(401);
    expect((await AgoraStandin.sendNotice(webhookUrl, 'not-the-secret', notice)).status).toBe(401);
    expect((await AgoraStandin.sendNotice(webhookUrl, WEBHOOK_SECRET, notice, { signature: null })).status).toBe(401);
    expect((await AgoraStandin.sendNotice(webhookUrl, WEBHOOK_SECRET, notice, { signature: 'abc' })).status).toBe(401);
    const state = (await clerk.query(CALL, { id: call.id })).node.participants.find(
      (p: any) => p.accountId === account(customer),
    );
    expect(state).toMatchObject({ state: 'accepted', joinConfirmed: false });
    // The genuine notice is still processed afterwards (rejections did not consume its noticeId).
    expect((await AgoraStandin.sendNotice(webhookUrl, WEBHOOK_SECRET, notice)).body).toEqual({ ok: true, duplicate: false });
    await eventually(
      async () =>
        (await clerk.query(CALL, { id: call.id })).node.participants.find((p: any) => p.accountId === account(customer)),
      (p) => p.joinConfirmed,
    );
  });

  it("tracks a call from Agora's notices alone when the apps never report (crashed app)", async () => {
    const call = await activeCall();
    const uids = call.participants.map((p: any) => p.rtcUid);
    for (const uid of uids)
      await AgoraStandin.sendNotice(webhookUrl, WEBHOOK_SECRET, AgoraStandin.notice(103, { channelName: call.channel, uid }));
    const live = (await clerk.query(CALL, { id: call.id })).node;
    expect(live.connectedAt).not.toBeNull();
    expect(live.participants.every((p: any) => p.state === 'joined' && p.joinConfirmed)).toBe(true);
    for (const uid of uids)
      await AgoraStandin.sendNotice(
        webhookUrl,
        WEBHOOK_SECRET,
        AgoraStandin.notice(104, { channelName: call.channel, uid, reason: 2 }),
      );
    expect((await clerk.query(CALL, { id: call.id })).node.status).toBe('ended');
    const left = await t.runtime
      .em()
      .getConnection()
      .execute(`select payload from lw_event where type = 'agora.callLeft' and payload->>'callId' = ?`, [localId(call.id)]);
    expect(left.map((r: any) => [r.payload.source, r.payload.reason])).toEqual([
      ['webhook', 2],
      ['webhook', 2],
    ]);
    // Notices about channels and uids we do not know are acknowledged and ignored.
    const unknown = await AgoraStandin.sendNotice(
      webhookUrl,
      WEBHOOK_SECRET,
      AgoraStandin.notice(107, { channelName: 'someone-else', uid: 1 }),
    );
    expect(unknown).toEqual({ status: 200, body: { ok: true, duplicate: false } });
  });

  it('ends a connected call when Agora destroys the channel', async () => {
    const call = await activeCall();
    await act(clerk, 'reportCallJoined', call.id);
    await act(customer, 'reportCallJoined', call.id);
    await AgoraStandin.sendNotice(webhookUrl, WEBHOOK_SECRET, AgoraStandin.notice(102, { channelName: call.channel }));
    expect((await clerk.query(CALL, { id: call.id })).node.status).toBe('ended');
  });

  it('answers 404 when no webhook secret is configured', async () => {
    const bare = await createTestPlatform({
      plugins: [agoraPlugin],
      settings: { agora: { appId: APP_ID, appCertificate: CERT } },
    });
    try {
      const url = bare.url.replace(/\/graphql$/, WEBHOOK_PATH);
      expect((await AgoraStandin.sendNotice(url, WEBHOOK_SECRET, AgoraStandin.notice(101, { channelName: 'x' }))).status).toBe(
        404,
      );
    } finally {
      await bare.close();
    }
  });
});
