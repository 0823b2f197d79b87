import type { Lacewire } from '@lacewire/client';
import type { RtcSdk, RtmSdk } from '@lacewire/client/agora';

/**
 * Agora in the portal. When the server has Agora configured, pushes also arrive over RTM (an
 * extra source of the same stream, deduplicated by cursor); calls use the RTC SDK. Both SDKs
 * load lazily, only when needed. Browser tests put stand-ins for the SDKs on `window`
 * (`__lacewireRtcSdk`, `__lacewireRtmSdk`): Agora's cloud is not reachable from test machines.
 */
const standIns = globalThis as { __lacewireRtcSdk?: RtcSdk; __lacewireRtmSdk?: RtmSdk };

export function rtcSdkStandIn(): (() => Promise<RtcSdk>) | undefined {
  const sdk = standIns.__lacewireRtcSdk;
  return sdk ? async () => sdk : undefined;
}

/** Adds the RTM receiver to the stream once the app has started (the module loads lazily). */
export async function addAgoraPushes(lacewire: Lacewire): Promise<void> {
  const { agoraRtmSource, AGORA_SESSION, AGORA_EVENT } = await import('@lacewire/client/agora');
  const rtm = standIns.__lacewireRtmSdk;
  lacewire.stream.addSource(
    agoraRtmSource({
      session: async () => {
        const result = await lacewire.client.query(AGORA_SESSION, {}, { requestPolicy: 'network-only' }).toPromise();
        return (
          result.data?.agoraSession ?? {
            enabled: false,
            reason: result.error?.message ?? 'unavailable',
            appId: null,
            rtmUserId: '',
            rtcUid: 0,
            rtmToken: null,
          }
        );
      },
      fetchEvent: async (cursor) =>
        (await lacewire.client.query(AGORA_EVENT, { cursor }, { requestPolicy: 'network-only' }).toPromise()).data?.agoraEvent ??
        null,
      loadSdk: rtm ? async () => rtm : undefined,
      onError: (error) => console.warn('[lacewire] Agora RTM', error),
    }),
  );
}
