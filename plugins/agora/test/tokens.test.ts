import { randomUUID } from 'node:crypto';
import { createTestPlatform, globalId, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agoraPlugin, resolveAgoraConfig } from '../src/index.ts';
import { APP_ID, account, CERT, credentials, parseToken } from './helpers.ts';

const SESSION = `query($storeId: ID) { agoraSession(storeId: $storeId) { enabled reason appId rtmUserId rtcUid rtmToken expiresAt renewAt } }`;

describe('configuration', () => {
  it('validates the app id and certificate itself (agora-token would yield an empty token)', () => {
    expect(() => resolveAgoraConfig({ appId: 'not-hex' })).toThrow(/32 hexadecimal/);
    expect(() => resolveAgoraConfig({ appId: APP_ID, appCertificate: 'xyz' })).toThrow(/certificate/);
    expect(() => resolveAgoraConfig({ customerKey: 'k' })).toThrow(/both/);
    expect(resolveAgoraConfig({ appId: APP_ID.toUpperCase() }).appId).toBe(APP_ID.toUpperCase());
    expect(resolveAgoraConfig({}).appId).toBeNull();
  });
});

describe('without Agora credentials', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await createTestPlatform({ plugins: [agoraPlugin] });
  });
  afterAll(() => t?.close());

  it('reports "not configured" and the session tells the app to use subscriptions', async () => {
    const customer = await t.customer();
    const data = await customer.query(`{ agoraStatus { configured tokens push webhook appId missing } }`);
    expect(data.agoraStatus).toMatchObject({ configured: false, tokens: false, push: false, webhook: false, appId: null });
    expect(data.agoraStatus.missing).toContain('AGORA_APP_ID');
    const session = (await customer.query(SESSION)).agoraSession;
    expect(session).toMatchObject({ enabled: false, rtmToken: null });
    expect(session.reason).toMatch(/not configured/);
    // The identity exists anyway (stable from the first request on).
    expect(session.rtmUserId).toBe(`lw_${customer.accountId.replace(/-/g, '')}`);
  });

  it('refuses calls with a typed error', async () => {
    const store = await t.store();
    const clerk = await t.staff(store, 'clerk');
    const customer = await t.customer();
    const result = await clerk.query(
      `mutation($input: StartCallInput!) { startCall(input: $input) { __typename ... on AgoraNotConfigured { missing } } }`,
      {
        input: {
          storeId: store.globalId,
          orderId: globalId('WorkOrder', randomUUID()),
          purpose: 'inspection',
          inviteeIds: [account(customer)],
        },
      },
    );
    expect(result.startCall.__typename).toBe('AgoraNotConfigured');
  });
});

describe('tokens', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await createTestPlatform({
      plugins: [agoraPlugin],
      settings: { agora: { ...credentials, rtmTokenSeconds: 900, renewBeforeSeconds: 120 } },
    });
  });
  afterAll(() => t?.close());

  it('gives a signed-in account an RTM token that verifies offline with app id, user, privilege and expiry', async () => {
    const customer = await t.customer();
    const before = Math.floor(Date.now() / 1000);
    const session = (await customer.query(SESSION)).agoraSession;
    expect(session).toMatchObject({ enabled: true, reason: null, appId: APP_ID });
    const token = parseToken(session.rtmToken);
    expect(session.rtmToken.startsWith('007')).toBe(true);
    expect(token.appId).toBe(APP_ID);
    expect(token.verifies(CERT)).toBe(true);
    expect(token.verifies('00000000000000000000000000000000')).toBe(false);
    expect(token.rtm).toEqual({ userId: session.rtmUserId, privileges: { 1: 900 } }); // kPrivilegeLogin for 900 s
    expect(token.expire).toBe(900);
    expect(token.issueTs).toBeGreaterThanOrEqual(before - 1);
    const expiresAt = new Date(session.expiresAt).getTime();
    expect(Math.abs(expiresAt - (token.issueTs + 900) * 1000)).toBeLessThan(2000);
    expect(expiresAt - new Date(session.renewAt).getTime()).toBe(120_000);
  });

  it('keeps one stable RTM user id and RTC uid per account, different between accounts', async () => {
    const a = await t.customer();
    const b = await t.customer();
    const a1 = (await a.query(SESSION)).agoraSession;
    const a2 = (await a.query(SESSION)).agoraSession;
    const b1 = (await b.query(SESSION)).agoraSession;
    expect(a2.rtmUserId).toBe(a1.rtmUserId);
    expect(a2.rtcUid).toBe(a1.rtcUid);
    expect(a1.rtcUid).toBeGreaterThan(0);
    expect(a1.rtcUid).toBeLessThan(2 ** 32);
    expect(b1.rtcUid).not.toBe(a1.rtcUid);
    expect(b1.rtmUserId).not.toBe(a1.rtmUserId);
    expect(a1.rtmUserId.length).toBeLessThanOrEqual(64);
  });

  it('is off for staff whose stores have rtm-push switched off (gray rollout)', async () => {
    const pilot = await t.store('Pilot');
    const other = await t.store('Other', { features: 'defaults' });
    const clerkOff = await t.staff(other, 'clerk');
    const off = (await clerkOff.query(SESSION)).agoraSession;
    expect(off).toMatchObject({ enabled: false, rtmToken: null });
    expect(off.reason).toMatch(/switched off/);
    const clerkOn = await t.staff(pilot, 'clerk');
    expect((await clerkOn.query(SESSION)).agoraSession.enabled).toBe(true);
    // A customer in the portal of the switched-off store
    const customer = await t.customer();
    expect((await customer.query(SESSION, { storeId: other.globalId })).agoraSession.enabled).toBe(false);
    expect((await customer.query(SESSION, { storeId: pilot.globalId })).agoraSession.enabled).toBe(true);
  });

  it('refuses anonymous callers', async () => {
    const result = await t.anonymous().request(SESSION);
    expect(result.errors?.length).toBeGreaterThan(0);
  });
});
