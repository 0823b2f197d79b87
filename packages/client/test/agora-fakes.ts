import type { RtcRemoteUserLike, RtcSdk, RtmClientLike, RtmSdk } from '../src/agora/types.ts';

/** Stand-in for agora-rtm-sdk (browser-only): records calls, lets tests emit messages. */
export class FakeRtm {
  clients: FakeRtmClient[] = [];
  loads = 0;
  failLogin = false;
  sdk = async (): Promise<RtmSdk> => {
    this.loads++;
    const owner = this;
    return {
      RTM: class {
        constructor(appId: string, userId: string) {
          const client = new FakeRtmClient(appId, userId, owner);
          owner.clients.push(client);
          // biome-ignore lint/correctness/noConstructorReturn: stand-in
          return client as any;
        }
      } as any,
    };
  };
  get client() {
    return this.clients[this.clients.length - 1];
  }
}

export class FakeRtmClient implements RtmClientLike {
  listeners = new Map<string, Set<(...args: any[]) => void>>();
  tokens: string[] = [];
  renewed: string[] = [];
  loggedIn = false;
  readonly appId: string;
  readonly userId: string;
  readonly #owner: FakeRtm;
  constructor(appId: string, userId: string, owner: FakeRtm) {
    this.appId = appId;
    this.userId = userId;
    this.#owner = owner;
  }
  async login(options?: { token?: string }) {
    if (this.#owner.failLogin) throw new Error('login failed');
    this.tokens.push(options?.token ?? '');
    this.loggedIn = true;
    this.fire('linkState', { currentState: 'CONNECTED' });
  }
  async logout() {
    this.loggedIn = false;
  }
  async renewToken(token: string) {
    this.renewed.push(token);
  }
  addEventListener(event: string, listener: (...args: any[]) => void) {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)?.add(listener);
  }
  removeEventListener(event: string, listener: (...args: any[]) => void) {
    this.listeners.get(event)?.delete(listener);
  }
  fire(event: string, ...args: any[]) {
    for (const l of [...(this.listeners.get(event) ?? [])]) l(...args);
  }
  /** A peer message as the SDK delivers it. */
  receive(message: string | Uint8Array, publisher = 'lacewire-server') {
    this.fire('message', {
      channelType: 'USER',
      publisher,
      message,
      messageType: typeof message === 'string' ? 'STRING' : 'BINARY',
    });
  }
}

/** Stand-in for agora-rtc-sdk-ng. */
export class FakeRtc {
  client: FakeRtcClient | null = null;
  tracks: FakeTrack[] = [];
  cameras = [
    { deviceId: 'front', label: 'Front' },
    { deviceId: 'back', label: 'Back' },
  ];
  sdk = async (): Promise<RtcSdk> => ({
    createClient: () => {
      this.client = new FakeRtcClient();
      return this.client;
    },
    createMicrophoneAndCameraTracks: async () => {
      const mic = new FakeTrack('mic');
      const cam = new FakeTrack('camera');
      this.tracks.push(mic, cam);
      return [mic, cam];
    },
    getCameras: async () => this.cameras,
  });
}

export class FakeTrack {
  enabled = true;
  muted = false;
  playedIn: unknown = null;
  closed = false;
  device: string | null = null;
  readonly kind: string;
  constructor(kind: string) {
    this.kind = kind;
  }
  async setEnabled(enabled: boolean) {
    this.enabled = enabled;
  }
  async setMuted(muted: boolean) {
    this.muted = muted;
  }
  async setDevice(deviceId: string) {
    this.device = deviceId;
  }
  play(element: unknown) {
    this.playedIn = element;
  }
  stop() {}
  close() {
    this.closed = true;
  }
}

export class FakeRtcClient {
  joined: unknown[] | null = null;
  published: unknown[] = [];
  subscribed: string[] = [];
  renewed: string[] = [];
  left = false;
  listeners = new Map<string, ((...args: any[]) => void)[]>();
  async join(appId: string, channel: string, token: string | null, uid?: number | string | null) {
    this.joined = [appId, channel, token, uid];
    return uid ?? 1;
  }
  async leave() {
    this.left = true;
  }
  async publish(tracks: unknown) {
    this.published.push(...(Array.isArray(tracks) ? tracks : [tracks]));
  }
  async subscribe(user: RtcRemoteUserLike, mediaType: 'audio' | 'video') {
    this.subscribed.push(`${user.uid}:${mediaType}`);
  }
  async renewToken(token: string) {
    this.renewed.push(token);
  }
  on(event: string, listener: (...args: any[]) => void) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }
  removeAllListeners() {
    this.listeners.clear();
  }
  fire(event: string, ...args: any[]) {
    for (const l of this.listeners.get(event) ?? []) l(...args);
  }
}
