import { createTestPlatform, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agoraPlugin, resolveAgoraConfig, rtcToken, rtmToken } from '../src/index.ts';
import { sendPeerMessage } from '../src/push/rest.ts';
import { eventually, parseToken, probePlugin } from './helpers.ts';

/**
 * Opt-in: runs against real Agora when credentials are in the environment, e.g.
 *   AGORA_APP_ID=… AGORA_APP_CERTIFICATE=… AGORA_CUSTOMER_KEY=… AGORA_CUSTOMER_SECRET=… \
 *   pnpm exec vitest run plugins/agora/test/live.test.ts
 * Optional: AGORA_BASE_URL (region), AGORA_LIVE_RTM_USER (a user logged in to RTM to watch).
 */
const env = process.env;
const live = !!(env.AGORA_APP_ID && env.AGORA_APP_CERTIFICATE && env.AGORA_CUSTOMER_KEY && env.AGORA_CUSTOMER_SECRET);
const REASON =
  'live Agora test skipped: set AGORA_APP_ID, AGORA_APP_CERTIFICATE, AGORA_CUSTOMER_KEY and AGORA_CUSTOMER_SECRET to run it against real Agora';
if (!live) console.info(REASON);

const settings = () => ({
  appId: env.AGORA_APP_ID,
  appCertificate: env.AGORA_APP_CERTIFICATE,
  customerKey: env.AGORA_CUSTOMER_KEY,
  customerSecret: env.AGORA_CUSTOMER_SECRET,
  baseUrl: env.AGORA_BASE_URL || undefined,
});

describe.skipIf(!live)('live Agora (opt-in)', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await createTestPlatform({ plugins: [probePlugin, agoraPlugin], settings: { agora: settings() } });
  });
  afterAll(() => t?.close());

  it('builds tokens with the real app id and certificate that verify offline', () => {
    const config = resolveAgoraConfig(settings());
    const rtm = parseToken(rtmToken(config, 'lw_live_check').token);
    expect(rtm.appId).toBe(config.appId);
    expect(rtm.verifies(config.appCertificate as string)).toBe(true);
    const rtc = parseToken(rtcToken(config, 'lw_live_check', 4242, 'publisher').token);
    expect(rtc.rtc?.channel).toBe('lw_live_check');
  });

  it("sends a peer message through Agora's REST API with Basic auth", async () => {
    const config = resolveAgoraConfig(settings());
    const outcome = await sendPeerMessage(
      config,
      env.AGORA_LIVE_RTM_USER || 'lw_live_check',
      JSON.stringify({ lw: 1, id: '0', type: 'live.check', at: new Date().toISOString(), payload: {} }),
    );
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ kind: 'sent' });
  });

  it('pushes an event end to end (event log → job → Agora) and marks it sent', async () => {
    const store = await t.store();
    const customer = await t.customer();
    await customer.query(`{ agoraSession { enabled } }`);
    await t.runtime.tx(async (tx) =>
      tx.emit('probe.said', { storeId: store.id, text: 'live' }, { accounts: [customer.accountId] }),
    );
    await t.settle();
    const owner = await t.owner();
    const backlog = await eventually(
      async () =>
        (await owner.query(`{ agoraPushBacklog { pending failed sent recentFailures { lastError } } }`)).agoraPushBacklog,
      (b) => b.sent >= 1 || b.failed > 0,
      30_000,
    );
    expect(backlog).toMatchObject({ sent: 1, failed: 0 });
  });
});
