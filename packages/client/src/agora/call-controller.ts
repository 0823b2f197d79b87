import { loadRtcSdk } from './sdk.ts';
import type {
  RtcCameraTrackLike,
  RtcClientLike,
  RtcCredentials,
  RtcNetworkQuality,
  RtcRemoteUserLike,
  RtcSdk,
  RtcTrackLike,
} from './types.ts';

export type CallState = 'idle' | 'joining' | 'joined' | 'leaving' | 'left' | 'failed';

export interface RemoteParticipant {
  uid: number | string;
  hasAudio: boolean;
  hasVideo: boolean;
}

export interface CallControllerOptions {
  credentials: RtcCredentials;
  /** New credentials when the SDK warns the token will expire (callToken again). */
  renew?: () => Promise<Pick<RtcCredentials, 'token'>>;
  /** Defaults to a lazy `import('agora-rtc-sdk-ng')`; tests pass a stand-in. */
  loadSdk?: () => Promise<RtcSdk>;
  /** Called after every change (the Vue component re-renders from the controller's fields). */
  onChange?: () => void;
  onError?: (error: unknown) => void;
}

/**
 * One RTC call on agora-rtc-sdk-ng, without a UI framework: join with the server's token,
 * publish camera and microphone (publishers), subscribe to remote users, mute, camera on/off,
 * switch camera, network quality, token renewal, hang up. `AgoraCall.vue` renders it.
 */
export class CallController {
  readonly options: CallControllerOptions;
  state: CallState = 'idle';
  micMuted = false;
  cameraOff = false;
  quality: { uplink: number; downlink: number } = { uplink: 0, downlink: 0 };
  remotes = new Map<string, RemoteParticipant>();
  cameras: { deviceId: string; label: string }[] = [];
  cameraIndex = 0;
  error: string | null = null;
  #client: RtcClientLike | null = null;
  #sdk: RtcSdk | null = null;
  #mic: RtcTrackLike | null = null;
  #camera: RtcCameraTrackLike | null = null;
  #users = new Map<string, RtcRemoteUserLike>();
  #elements = new Map<string, HTMLElement>();

  constructor(options: CallControllerOptions) {
    this.options = options;
  }

  get publishes(): boolean {
    return this.options.credentials.role === 'publisher';
  }

  #changed() {
    this.options.onChange?.();
  }

  async join(localElement?: HTMLElement | null): Promise<void> {
    if (this.state !== 'idle' && this.state !== 'left' && this.state !== 'failed') return;
    this.state = 'joining';
    this.error = null;
    this.#changed();
    try {
      const { appId, channel, token, uid } = this.options.credentials;
      this.#sdk = await (this.options.loadSdk ?? loadRtcSdk)();
      const client = this.#sdk.createClient({ mode: 'rtc', codec: 'vp8' });
      this.#client = client;
      client.on(
        'user-published',
        (user: RtcRemoteUserLike, mediaType: 'audio' | 'video') => void this.#onPublished(user, mediaType),
      );
      client.on('user-unpublished', (user: RtcRemoteUserLike, mediaType: 'audio' | 'video') =>
        this.#onUnpublished(user, mediaType),
      );
      client.on('user-joined', (user: RtcRemoteUserLike) => this.#track(user));
      client.on('user-left', (user: RtcRemoteUserLike) => {
        this.remotes.delete(String(user.uid));
        this.#users.delete(String(user.uid));
        this.#changed();
      });
      client.on('network-quality', (stats: RtcNetworkQuality) => {
        this.quality = { uplink: stats.uplinkNetworkQuality, downlink: stats.downlinkNetworkQuality };
        this.#changed();
      });
      client.on('token-privilege-will-expire', () => void this.renewToken());
      await client.join(appId, channel, token, uid);
      if (this.publishes) {
        const [mic, camera] = await this.#sdk.createMicrophoneAndCameraTracks();
        this.#mic = mic;
        this.#camera = camera;
        if (localElement) camera.play(localElement);
        await client.publish([mic, camera]);
        this.cameras = await this.#sdk.getCameras().catch(() => []);
      }
      this.state = 'joined';
    } catch (error) {
      this.state = 'failed';
      this.error = error instanceof Error ? error.message : String(error);
      this.options.onError?.(error);
    }
    this.#changed();
  }

  /** Where to show a remote user's video (the component passes its tiles). */
  attachRemote(uid: number | string, element: HTMLElement | null) {
    const key = String(uid);
    if (!element) {
      this.#elements.delete(key);
      return;
    }
    this.#elements.set(key, element);
    this.#users.get(key)?.videoTrack?.play(element);
  }

  #track(user: RtcRemoteUserLike) {
    const key = String(user.uid);
    this.#users.set(key, user);
    this.remotes.set(key, { uid: user.uid, hasAudio: !!user.hasAudio, hasVideo: !!user.hasVideo });
    this.#changed();
  }

  async #onPublished(user: RtcRemoteUserLike, mediaType: 'audio' | 'video') {
    await this.#client?.subscribe(user, mediaType);
    this.#track(user);
    const key = String(user.uid);
    const remote = this.remotes.get(key) as RemoteParticipant;
    if (mediaType === 'video') {
      remote.hasVideo = true;
      const element = this.#elements.get(key);
      if (element) user.videoTrack?.play(element);
    } else {
      remote.hasAudio = true;
      user.audioTrack?.play();
    }
    this.#changed();
  }

  #onUnpublished(user: RtcRemoteUserLike, mediaType: 'audio' | 'video') {
    const remote = this.remotes.get(String(user.uid));
    if (remote) {
      if (mediaType === 'video') remote.hasVideo = false;
      else remote.hasAudio = false;
    }
    this.#changed();
  }

  async toggleMic() {
    if (!this.#mic) return;
    this.micMuted = !this.micMuted;
    await (this.#mic.setMuted ? this.#mic.setMuted(this.micMuted) : this.#mic.setEnabled(!this.micMuted));
    this.#changed();
  }

  async toggleCamera() {
    if (!this.#camera) return;
    this.cameraOff = !this.cameraOff;
    await this.#camera.setEnabled(!this.cameraOff);
    this.#changed();
  }

  /** Next camera (front/back on phones). */
  async switchCamera() {
    if (!this.#camera || this.cameras.length < 2) return;
    this.cameraIndex = (this.cameraIndex + 1) % this.cameras.length;
    await this.#camera.setDevice(this.cameras[this.cameraIndex].deviceId);
    this.#changed();
  }

  async renewToken() {
    if (!this.options.renew || !this.#client) return;
    try {
      const { token } = await this.options.renew();
      await this.#client.renewToken(token);
    } catch (error) {
      this.options.onError?.(error);
    }
  }

  async hangUp() {
    if (this.state === 'left' || this.state === 'leaving') return;
    this.state = 'leaving';
    this.#changed();
    for (const track of [this.#mic, this.#camera]) {
      track?.stop();
      track?.close();
    }
    this.#mic = null;
    this.#camera = null;
    try {
      await this.#client?.leave();
    } finally {
      this.#client?.removeAllListeners?.();
      this.#client = null;
      this.remotes.clear();
      this.#users.clear();
      this.state = 'left';
      this.#changed();
    }
  }
}
