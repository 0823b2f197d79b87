import type { ExtraEventSource, StreamEvent } from '../stream.ts';
import { type RtmReceiver, type RtmReceiverOptions, startRtmReceiver } from './rtm-receiver.ts';
import type { AgoraSessionInfo } from './types.ts';

export interface AgoraRtmSourceOptions {
  /** Runs the agoraSession query (also used to renew the token). */
  session: () => Promise<AgoraSessionInfo>;
  /** Runs the agoraEvent query for pushes sent by reference. */
  fetchEvent?: (cursor: string) => Promise<StreamEvent | null>;
  loadSdk?: RtmReceiverOptions['loadSdk'];
  onState?: RtmReceiverOptions['onState'];
  onError?: (error: unknown) => void;
  /** Lets tests see the running receiver. */
  onReceiver?: (receiver: RtmReceiver | null) => void;
}

/**
 * The Agora RTM receiver as an extra source of the shared stream (`lw.stream.addSource(...)`):
 * when the server says Agora is on, it logs in and feeds pushes in; otherwise it does nothing
 * and the app runs on the graphql-ws subscription alone. Same events either way, each once.
 */
export function agoraRtmSource(options: AgoraRtmSourceOptions): ExtraEventSource {
  return {
    name: 'agora-rtm',
    start(deliver) {
      let receiver: RtmReceiver | null = null;
      let stopped = false;
      (async () => {
        const session = await options.session();
        if (stopped || !session.enabled || !session.rtmToken || !session.appId) return;
        const started = await startRtmReceiver({
          appId: session.appId,
          userId: session.rtmUserId,
          token: session.rtmToken,
          renewAt: session.renewAt ?? null,
          renew: async () => {
            const next = await options.session();
            if (!next.enabled || !next.rtmToken) throw new Error(next.reason ?? 'Agora RTM was switched off');
            return { token: next.rtmToken, renewAt: next.renewAt ?? null };
          },
          onEvent: deliver,
          fetchEvent: options.fetchEvent,
          loadSdk: options.loadSdk,
          onState: options.onState,
          onError: options.onError,
        });
        if (stopped) {
          await started.stop();
          return;
        }
        receiver = started;
        options.onReceiver?.(receiver);
      })().catch((error) => options.onError?.(error));
      return () => {
        stopped = true;
        void receiver?.stop();
        options.onReceiver?.(null);
      };
    },
  };
}
