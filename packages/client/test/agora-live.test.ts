import { agoraPlugin, pushOverRtm } from '@lacewire/plugin-agora';
import { AgoraStandin } from '@lacewire/plugin-agora/standin';
import { createTestPlatform, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { AGORA_EVENT, AGORA_SESSION, agoraRtmSource, type RtmReceiver } from '../src/agora/index.ts';
import { Auth, createLacewire, type StreamEvent } from '../src/index.ts';
import { FakeRtm } from './agora-fakes.ts';

const APP_ID = '0123456789abcdef0123456789abcdef';
const credentials = {
  appId: APP_ID,
  appCertificate: 'fedcba9876543210fedcba9876543210',
  customerKey: 'key',
  customerSecret: 'secret',
};
/** A plugin that declares one event (any payload) and pushes it over RTM, so the test needs no other plugin. */
const anything = { safeParse: (value: unknown) => ({ success: true, data: value }) } as any;
const probe = { name: 'probe', events: { 'probe.said': anything }, on: { 'probe.said': pushOverRtm } };

/**
 * The whole path with Agora on: server → event log → RTM REST (the stand-in) → the app's RTM
 * receiver (an SDK stand-in fed with what Agora accepted, each message twice) and, in parallel,
 * the graphql-ws subscription. The app's stream sees each event exactly once, also across a
 * dropped socket while pushes keep arriving.
 */
describe('RTM pushes and subscription together (Agora on)', () => {
  let t: TestPlatform;
  let agora: AgoraStandin;
  beforeAll(async () => {
    agora = await AgoraStandin.start({ appId: APP_ID, customerKey: 'key', customerSecret: 'secret' });
    t = await createTestPlatform({
      plugins: [probe, agoraPlugin],
      settings: { agora: { ...credentials, baseUrl: agora.url, retryBaseMs: 50, retryMaxMs: 300 } },
    });
  });
  afterAll(async () => {
    await t?.close();
    await agora?.close();
  });

  const until = async (check: () => boolean, ms = 10_000) => {
    const end = Date.now() + ms;
    while (!check()) {
      if (Date.now() > end) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 10));
    }
  };

  it('delivers every event once to the app', async () => {
    const customer = await t.customer();
    const lw = createLacewire({
      url: t.url,
      auth: new Auth({ storage: null }),
      webSocketImpl: WebSocket,
      stream: { backoff: () => 20, online: () => true, watchOnline: undefined },
    });
    lw.auth.signIn({ token: customer.token as string, expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    const rtm = new FakeRtm();
    let receiver: RtmReceiver | null = null;
    lw.stream.addSource(
      agoraRtmSource({
        session: async () =>
          (await lw.client.query(AGORA_SESSION, {}, { requestPolicy: 'network-only' }).toPromise()).data.agoraSession,
        fetchEvent: async (cursor) =>
          (await lw.client.query(AGORA_EVENT, { cursor }, { requestPolicy: 'network-only' }).toPromise()).data?.agoraEvent ??
          null,
        loadSdk: rtm.sdk,
        onReceiver: (r) => {
          receiver = r;
        },
      }),
    );
    const got: StreamEvent[] = [];
    lw.stream.on('probe.said', (e) => got.push(e));
    await until(() => lw.stream.state === 'connected' && receiver !== null);
    const userId = rtm.client.userId;

    // The "Agora cloud" hands what the REST API accepted to the SDK stand-in — twice each.
    let forwarded = 0;
    const bridge = setInterval(() => {
      for (const d of agora.delivered.slice(forwarded)) {
        if (d.destination === userId) {
          rtm.client.receive(d.payload);
          rtm.client.receive(d.payload);
        }
      }
      forwarded = agora.delivered.length;
    }, 5);

    const say = (text: string) =>
      t.runtime.tx(async (tx) => tx.emit('probe.said' as any, { text } as any, { accounts: [customer.accountId] }));
    agora.failNext(2);
    for (let i = 0; i < 5; i++) await say(`m${i}`);
    await say('鞋'.repeat(12_000)); // > 32 KB: pushed by reference, fetched
    await until(() => got.length === 6);
    await until(() => agora.delivered.filter((d) => d.destination === userId).length === 6);

    // The socket drops; pushes keep coming over RTM; the subscription replays after reconnecting.
    lw.sockets.terminate();
    for (let i = 5; i < 8; i++) await say(`m${i}`);
    await until(() => got.length === 9);
    await until(() => lw.stream.state === 'connected');
    // Every push reached "Agora" (the push jobs may trail the replay) and the bridge forwarded it.
    await until(() => agora.delivered.filter((d) => d.destination === userId).length === 9);
    await new Promise((r) => setTimeout(r, 400));
    clearInterval(bridge);

    const cursors = got.map((e) => e.cursor);
    expect(new Set(cursors).size).toBe(9);
    expect(got.length).toBe(9);
    expect(got.find((e) => (e.payload as any).text.length > 1000)?.payload).toMatchObject({
      text: expect.stringMatching(/^鞋+$/),
    });
    expect(lw.stream.stats.duplicates).toBeGreaterThanOrEqual(5); // the other source's copies, dropped
    expect((receiver as RtmReceiver | null)?.stats.duplicates).toBeGreaterThanOrEqual(8); // Agora's double deliveries, dropped
    lw.stream.stop();
    lw.sockets.dispose();
  });
});
