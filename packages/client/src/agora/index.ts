/**
 * Agora in the apps: `agoraRtmSource` (RTM pushes as an extra source of the shared stream, lazy
 * SDK, token renewal, dedupe by id) and the call component (`AgoraCall.vue`, on CallController).
 */
export { CallController, type CallControllerOptions, type CallState, type RemoteParticipant } from './call-controller.ts';
export * from './operations.ts';
export { parsePush, type RtmReceiver, type RtmReceiverOptions, type RtmReceiverState, startRtmReceiver } from './rtm-receiver.ts';
export { loadRtcSdk, loadRtmSdk } from './sdk.ts';
export { type AgoraRtmSourceOptions, agoraRtmSource } from './source.ts';
export type * from './types.ts';
