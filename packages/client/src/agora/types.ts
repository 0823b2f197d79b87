/**
 * The slices of agora-rtm-sdk 2.x and agora-rtc-sdk-ng 4.x this folder uses, as structural types:
 * the real SDKs satisfy them, and tests pass stand-ins (the SDKs are browser-only).
 */

// ---- RTM (agora-rtm-sdk 2.x: `new AgoraRTM.RTM(appId, userId)`) ----
export interface RtmMessageEvent {
  channelType: string; // 'USER' for peer messages
  publisher: string;
  message: string | Uint8Array;
}
export interface RtmLinkStateEvent {
  currentState: string; // 'IDLE' | 'CONNECTING' | 'CONNECTED' | 'DISCONNECTED' | 'SUSPENDED' | 'FAILED'
  reason?: string;
}
export interface RtmClientLike {
  login(options?: { token?: string }): Promise<unknown>;
  logout(): Promise<unknown>;
  renewToken(token: string): Promise<unknown>;
  addEventListener(event: 'message', listener: (event: RtmMessageEvent) => void): void;
  addEventListener(event: 'linkState', listener: (event: RtmLinkStateEvent) => void): void;
  addEventListener(event: 'tokenPrivilegeWillExpire', listener: (channelName?: string) => void): void;
  removeEventListener(event: string, listener: (...args: any[]) => void): void;
}
export interface RtmSdk {
  RTM: new (appId: string, userId: string, config?: Record<string, unknown>) => RtmClientLike;
}

// ---- RTC (agora-rtc-sdk-ng 4.x: `AgoraRTC.createClient({ mode: 'rtc', codec: 'vp8' })`) ----
export interface RtcTrackLike {
  setEnabled(enabled: boolean): Promise<void>;
  setMuted?(muted: boolean): Promise<void>;
  play(element: HTMLElement | string): void;
  stop(): void;
  close(): void;
}
export interface RtcCameraTrackLike extends RtcTrackLike {
  setDevice(deviceId: string): Promise<void>;
}
export interface RtcRemoteUserLike {
  uid: number | string;
  hasVideo?: boolean;
  hasAudio?: boolean;
  videoTrack?: { play(element: HTMLElement | string): void; stop(): void };
  audioTrack?: { play(): void; stop(): void };
}
export interface RtcNetworkQuality {
  /** 0 unknown, 1 excellent … 6 down. */
  uplinkNetworkQuality: number;
  downlinkNetworkQuality: number;
}
export interface RtcClientLike {
  join(appId: string, channel: string, token: string | null, uid?: number | string | null): Promise<number | string>;
  leave(): Promise<void>;
  publish(tracks: RtcTrackLike | RtcTrackLike[]): Promise<void>;
  subscribe(user: RtcRemoteUserLike, mediaType: 'audio' | 'video'): Promise<unknown>;
  renewToken(token: string): Promise<void>;
  setClientRole?(role: 'host' | 'audience'): Promise<void>;
  on(event: string, listener: (...args: any[]) => void): void;
  off?(event: string, listener: (...args: any[]) => void): void;
  removeAllListeners?(event?: string): void;
}
export interface RtcSdk {
  createClient(config: { mode: 'rtc' | 'live'; codec: 'vp8' | 'h264' | 'vp9' | 'av1' }): RtcClientLike;
  createMicrophoneAndCameraTracks(): Promise<[RtcTrackLike, RtcCameraTrackLike]>;
  getCameras(): Promise<{ deviceId: string; label: string }[]>;
}

// ---- What the server gives (see docs/api/agora.md) ----
export interface AgoraSessionInfo {
  enabled: boolean;
  reason?: string | null;
  appId: string | null;
  rtmUserId: string;
  rtcUid: number;
  rtmToken: string | null;
  expiresAt?: string | null;
  renewAt?: string | null;
}

export interface RtcCredentials {
  appId: string;
  channel: string;
  uid: number;
  role: 'publisher' | 'subscriber';
  token: string;
  expiresAt?: string;
  renewAt?: string;
}

/** A Lacewire push as the server sends it over RTM (one JSON string per peer message). */
export interface PushMessage {
  lw: 1;
  id: string;
  type: string;
  at: string;
  payload?: unknown;
  /** The event was larger than 32 KB: fetch it with `agoraEvent(cursor: id)`. */
  ref?: true;
}
