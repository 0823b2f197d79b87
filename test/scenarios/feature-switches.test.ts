/**
 * A feature switched off for a store is off everywhere (issue 18, point 7): every first-party
 * feature is listed in `Store.enabledFeatures` for anyone to read, and its queries and mutations
 * answer FeatureDisabled while it is off — the customer learns it before starting, not at the
 * last step. A feature without a check here fails the first test.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uploadPhoto } from '@lacewire/plugin-files/testing';
import { createTestPlatform, globalId, type TestClient, type TestPlatform, type TestStore } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../packages/server/src/config.ts';
import { firstPartyPlugins, firstPartySettings } from '../../packages/server/src/plugins.ts';
import { BOOK, customerOf, localTime, RESCHEDULE, type Shop, SLOTS, shop } from '../../plugins/appointments/test/setup.ts';
import { account, moveTo, OPEN, openInput, SERVICES, work } from './setup.ts';

let t: TestPlatform;
let owner: TestClient;

beforeAll(async () => {
  const config = loadConfig({
    LACEWIRE_FILES_DIR: mkdtempSync(join(tmpdir(), 'lw-features-')),
    // Tokens are made offline; nothing is pushed (rtm-push stays off in these stores).
    AGORA_APP_ID: 'a'.repeat(32),
    AGORA_APP_CERTIFICATE: 'b'.repeat(32),
    AGORA_CUSTOMER_KEY: 'key',
    AGORA_CUSTOMER_SECRET: 'secret',
    AGORA_BASE_URL: 'http://127.0.0.1:9',
  } as NodeJS.ProcessEnv);
  t = await createTestPlatform({ plugins: firstPartyPlugins, settings: firstPartySettings(config) });
  owner = await t.owner();
});
afterAll(() => t?.close());

const ENABLED = `query($id: ID!) { node(id: $id) { ... on Store { enabledFeatures } } }`;
const SWITCH = `mutation($input: SwitchFeatureInput!) { switchFeature(input: $input) { __typename ... on Error { message } } }`;
const DISABLED = '... on FeatureDisabled { code feature }';

async function setFeature(store: TestStore, feature: string, enabled: boolean) {
  const r = await owner.query(SWITCH, { input: { storeIds: [store.globalId], feature, enabled } });
  expect(r.switchFeature.__typename).toBe('MutationSwitchFeatureSuccess');
}

const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

/** Each feature's operations, checked on and off. */
const CHECKS: Record<string, (s: Shop) => Promise<void>> = {
  async onlineBooking(s) {
    const customer = await customerOf(t, s);
    const window = { from: localTime(s.zone, 1, 0), to: localTime(s.zone, 2, 0) };
    const slots = (client: TestClient) =>
      client.query(SLOTS.replace('... on Error', `${DISABLED} ... on Error`), {
        storeId: s.store.globalId,
        serviceIds: [s.services.clean],
        ...window,
      });
    const booked = await customer.query(BOOK, {
      input: { storeId: s.store.globalId, serviceIds: [s.services.clean], startsAt: localTime(s.zone, 1, 10) },
    });
    expect(booked.bookAppointment.__typename).toBe('Appointment');

    await setFeature(s.store, 'onlineBooking', false);
    // Before anything starts: the slots (customer and anonymous visitor alike).
    for (const reader of [customer, t.anonymous()]) {
      expect((await slots(reader)).availableSlots).toMatchObject({
        __typename: 'FeatureDisabled',
        code: 'FeatureDisabled',
        feature: 'onlineBooking',
      });
    }
    const again = await customer.query(BOOK.replace('... on Error', `${DISABLED} ... on Error`), {
      input: { storeId: s.store.globalId, serviceIds: [s.services.clean], startsAt: localTime(s.zone, 1, 14) },
    });
    expect(again.bookAppointment).toMatchObject({ __typename: 'FeatureDisabled', feature: 'onlineBooking' });
    const moved = { input: { appointmentId: booked.bookAppointment.id, startsAt: localTime(s.zone, 1, 15) } };
    expect((await customer.query(RESCHEDULE, moved)).rescheduleAppointment.__typename).toBe('FeatureDisabled');
    // The counter still books and moves appointments: online booking is the customer's self-service.
    expect((await slots(s.clerk)).availableSlots.__typename).toBe('QueryAvailableSlotsSuccess');
    expect((await s.clerk.query(RESCHEDULE, moved)).rescheduleAppointment.__typename).toBe('Appointment');

    await setFeature(s.store, 'onlineBooking', true);
    expect((await slots(customer)).availableSlots.__typename).toBe('QueryAvailableSlotsSuccess');
  },

  async remoteAcceptance(s) {
    const tech = s.technicians[0];
    const customer = await customerOf(t, s);
    const opened = await s.clerk.query(
      OPEN,
      openInput(s.store, globalId('Customer', customer.accountId), [SERVICES.clean], { technicianId: account(tech.accountId) }),
    );
    const orderId = opened.openWorkOrder.id;
    await moveTo(tech, orderId, 'cleaning');
    await work(tech, orderId);
    await moveTo(tech, orderId, 'qualityCheck');
    const photo = await uploadPhoto(tech, s.store.globalId);
    const REQUEST = `mutation($input: RequestAcceptanceInput!) { requestAcceptance(input: $input) { __typename ... on Acceptance { id } ${DISABLED} } }`;
    const ANSWER = `mutation($input: AnswerAcceptanceInput!) { answerAcceptance(input: $input) { __typename ${DISABLED} } }`;
    const requested = await tech.query(REQUEST, { input: { orderId, afterPhotoIds: [photo] } });
    expect(requested.requestAcceptance.__typename).toBe('Acceptance');

    await setFeature(s.store, 'remoteAcceptance', false);
    const answer = await customer.query(ANSWER, { input: { acceptanceId: requested.requestAcceptance.id, accept: true } });
    expect(answer.answerAcceptance).toEqual({
      __typename: 'FeatureDisabled',
      code: 'FeatureDisabled',
      feature: 'remoteAcceptance',
    });
    expect((await tech.query(REQUEST, { input: { orderId, afterPhotoIds: [photo] } })).requestAcceptance.__typename).toBe(
      'FeatureDisabled',
    );

    await setFeature(s.store, 'remoteAcceptance', true);
    const accepted = await customer.query(ANSWER, { input: { acceptanceId: requested.requestAcceptance.id, accept: true } });
    expect(accepted.answerAcceptance.__typename).toBe('Acceptance');
  },

  async calls(s) {
    const customer = await customerOf(t, s);
    const opened = await s.clerk.query(OPEN, openInput(s.store, globalId('Customer', customer.accountId), [SERVICES.clean]));
    const START = `mutation($input: StartCallInput!) { startCall(input: $input) { __typename ... on CallSession { id } ${DISABLED} } }`;
    const TOKEN = `query($callId: ID!) { callToken(callId: $callId) { __typename ... on RtcCredentials { token } ${DISABLED} } }`;
    const LIST = `query($storeId: ID!) { calls(storeId: $storeId) { id } }`;
    const start = () =>
      s.clerk.query(START, {
        input: {
          storeId: s.store.globalId,
          orderId: opened.openWorkOrder.id,
          inviteeIds: [globalId('Account', customer.accountId)],
          purpose: 'inspection',
        },
      });
    // Calls are off until the owner switches them on (their default).
    expect((await start()).startCall.__typename).toBe('FeatureDisabled');
    expect(codeOf(await s.clerk.request(LIST, { storeId: s.store.globalId }))).toBe('FeatureDisabled');

    await setFeature(s.store, 'calls', true);
    const started = await start();
    expect(started.startCall.__typename).toBe('CallSession');
    expect((await s.clerk.query(TOKEN, { callId: started.startCall.id })).callToken.__typename).toBe('RtcCredentials');
    expect((await s.clerk.query(LIST, { storeId: s.store.globalId })).calls).toEqual([{ id: started.startCall.id }]);

    await setFeature(s.store, 'calls', false);
    expect((await s.clerk.query(TOKEN, { callId: started.startCall.id })).callToken).toEqual({
      __typename: 'FeatureDisabled',
      code: 'FeatureDisabled',
      feature: 'calls',
    });
    expect(codeOf(await s.clerk.request(LIST, { storeId: s.store.globalId }))).toBe('FeatureDisabled');
  },

  async 'rtm-push'(s) {
    // Pushes are extra delivery: with the feature off the app's session says why, and the apps
    // rely on subscriptions (they always work).
    const session = await s.clerk.query(`query($storeId: ID) { agoraSession(storeId: $storeId) { enabled reason rtmToken } }`, {
      storeId: s.store.globalId,
    });
    expect(session.agoraSession).toEqual({ enabled: false, reason: 'RTM push is switched off for this store.', rtmToken: null });
    await setFeature(s.store, 'rtm-push', true);
    const on = await s.clerk.query(`query($storeId: ID) { agoraSession(storeId: $storeId) { enabled rtmToken } }`, {
      storeId: s.store.globalId,
    });
    expect(on.agoraSession.enabled).toBe(true);
    expect(on.agoraSession.rtmToken).toMatch(/^007/);
    await setFeature(s.store, 'rtm-push', false);
  },
};

it('every feature the plugins declare has its checks here, and every store lists what it has on', async () => {
  expect(Object.keys(CHECKS).sort()).toEqual([...t.runtime.features.keys()].sort());
  const s = await shop(t, { features: 'defaults' });
  const customer = await t.customer();
  const defaults = [...t.runtime.features].filter(([, f]) => f.defaultEnabled).map(([name]) => name);
  for (const reader of [customer, t.anonymous(), s.clerk]) {
    expect((await reader.query(ENABLED, { id: s.store.globalId })).node.enabledFeatures.sort()).toEqual(defaults.sort());
  }
  await setFeature(s.store, 'onlineBooking', false);
  expect((await customer.query(ENABLED, { id: s.store.globalId })).node.enabledFeatures).not.toContain('onlineBooking');
});

describe('switched off, a feature answers FeatureDisabled everywhere', () => {
  for (const [feature, check] of Object.entries(CHECKS)) {
    it(feature, async () => {
      const s = await shop(t, { features: 'defaults' });
      await check(s);
    });
  }
});
