import type { RtcSdk, RtmSdk } from './types.ts';

/**
 * The SDKs are about 900 KB gzipped together and browser-only: they are imported only when
 * Agora is on (the bundler splits them into their own chunks).
 */
export async function loadRtmSdk(): Promise<RtmSdk> {
  const mod: any = await import('agora-rtm-sdk');
  return (mod.default ?? mod) as RtmSdk;
}

export async function loadRtcSdk(): Promise<RtcSdk> {
  const mod: any = await import('agora-rtc-sdk-ng');
  return (mod.default ?? mod) as RtcSdk;
}
