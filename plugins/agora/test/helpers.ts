import { createRequire } from 'node:module';
import { definePlugin, globalId } from '@lacewire/core';
import { z } from 'zod';
import { pushOverRtm } from '../src/index.ts';

/** A test account's id as the schema takes and gives it. */
export const account = (c: { accountId: string }) => globalId('Account', c.accountId);

export const APP_ID = '0123456789abcdef0123456789abcdef';
export const CERT = 'fedcba9876543210fedcba9876543210';
export const KEY = 'customer-key-1';
export const SECRET = 'customer-secret-1';
export const WEBHOOK_SECRET = 'webhook-secret-1';

export const credentials = {
  appId: APP_ID,
  appCertificate: CERT,
  customerKey: KEY,
  customerSecret: SECRET,
  webhookSecret: WEBHOOK_SECRET,
};

/** A tiny plugin that declares an event and has it pushed over RTM, so pushes can be tested without other plugins. */
export const probePlugin = definePlugin({
  name: 'probe',
  requires: ['agora'],
  events: { 'probe.said': z.object({ storeId: z.string().nullable(), text: z.string() }) },
  on: { 'probe.said': pushOverRtm },
});
declare module '@lacewire/core' {
  interface EventMap {
    'probe.said': { storeId: string | null; text: string };
  }
}

const require = createRequire(import.meta.url);
const { AccessToken2, kRtcServiceType, kRtmServiceType } = require('agora-token/src/AccessToken2.js');

export interface ParsedToken {
  appId: string;
  issueTs: number;
  expire: number;
  verifies: (cert: string) => boolean;
  rtm?: { userId: string; privileges: Record<string, number> };
  rtc?: { channel: string; uid: string; privileges: Record<string, number> };
}

/** Parses an AccessToken2 ("007…") offline with agora-token's own parser. */
export function parseToken(token: string): ParsedToken {
  const parsed = new AccessToken2();
  if (!parsed.from_string(token)) throw new Error('token does not parse');
  const rtm = parsed.services.find((s: any) => s.service_type() === kRtmServiceType);
  const rtc = parsed.services.find((s: any) => s.service_type() === kRtcServiceType);
  const str = (v: unknown) => (Buffer.isBuffer(v) ? v.toString('utf8') : String(v));
  return {
    appId: str(parsed.appId),
    issueTs: parsed.issueTs,
    expire: parsed.expire,
    verifies: (cert) => parsed.verifySignature(cert),
    rtm: rtm ? { userId: str(rtm.__user_id), privileges: { ...rtm.__privileges } } : undefined,
    rtc: rtc ? { channel: str(rtc.__channel_name), uid: str(rtc.__uid), privileges: { ...rtc.__privileges } } : undefined,
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function eventually<T>(fn: () => Promise<T>, check: (v: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (check(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await sleep(100);
  }
}
