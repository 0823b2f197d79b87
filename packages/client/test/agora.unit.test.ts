import { describe, expect, it } from 'vitest';
import { agoraRtmSource, CallController, parsePush, startRtmReceiver } from '../src/agora/index.ts';
import type { StreamEvent } from '../src/index.ts';
import { FakeRtc, FakeRtm } from './agora-fakes.ts';

const push = (id: string, type = 'message.sent', payload: unknown = { text: id }) =>
  JSON.stringify({ lw: 1, id, type, at: '2026-11-25T10:00:00.000Z', payload });
const tick = () => new Promise((r) => setTimeout(r, 0));

function timers() {
  let now = 1_000_000;
  const pending: { at: number; fn: () => void; id: number }[] = [];
  let next = 1;
  return {
    now: () => now,
    setTimeout: (fn: () => void, ms: number) => {
      const id = next++;
      pending.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimeout: (id: number) => {
      const i = pending.findIndex((p) => p.id === id);
      if (i >= 0) pending.splice(i, 1);
    },
    async advance(ms: number) {
      now += ms;
      for (const p of pending.filter((q) => q.at <= now)) {
        pending.splice(pending.indexOf(p), 1);
        p.fn();
      }
      await tick();
      await tick();
    },
    get pending() {
      return pending.length;
    },
  };
}

describe('RTM receiver', () => {
  it('logs in with the token and delivers each pushed event once, by id', async () => {
    const rtm = new FakeRtm();
    const got: StreamEvent[] = [];
    const receiver = await startRtmReceiver({
      appId: 'a'.repeat(32),
      userId: 'lw_u1',
      token: '007token-1',
      renew: async () => ({ token: 'x' }),
      onEvent: (e) => got.push(e),
      loadSdk: rtm.sdk,
    });
    expect(rtm.client.userId).toBe('lw_u1');
    expect(rtm.client.tokens).toEqual(['007token-1']);
    expect(receiver.state).toBe('connected');
    rtm.client.receive(push('10'));
    rtm.client.receive(push('10')); // Agora redelivers (offline messages, retries)
    rtm.client.receive(new TextEncoder().encode(push('11'))); // binary payloads too
    rtm.client.receive('hello, not ours');
    rtm.client.receive(JSON.stringify({ lw: 1, id: 'drop table', type: 'x' }));
    expect(got.map((e) => e.cursor)).toEqual(['10', '11']);
    expect(got[0]).toEqual({ cursor: '10', type: 'message.sent', at: '2026-11-25T10:00:00.000Z', payload: { text: '10' } });
    expect(receiver.stats).toMatchObject({ received: 5, delivered: 2, duplicates: 1, invalid: 2 });
    await receiver.stop();
    rtm.client.receive(push('12'));
    expect(got.length).toBe(2);
    expect(rtm.client.loggedIn).toBe(false);
  });

  it('fetches events pushed by reference (larger than 32 KB)', async () => {
    const rtm = new FakeRtm();
    const got: StreamEvent[] = [];
    const fetched: string[] = [];
    await startRtmReceiver({
      appId: 'a'.repeat(32),
      userId: 'u',
      token: 't',
      renew: async () => ({ token: 'x' }),
      onEvent: (e) => got.push(e),
      fetchEvent: async (cursor) => {
        fetched.push(cursor);
        return { cursor, type: 'message.sent', at: 'now', payload: { big: true } };
      },
      loadSdk: rtm.sdk,
    });
    rtm.client.receive(JSON.stringify({ lw: 1, id: '99', type: 'message.sent', at: 'now', ref: true }));
    await tick();
    expect(fetched).toEqual(['99']);
    expect(got).toEqual([{ cursor: '99', type: 'message.sent', at: 'now', payload: { big: true } }]);
  });

  it('renews the token at renewAt and when the SDK warns; retries a failed renewal', async () => {
    const rtm = new FakeRtm();
    const clock = timers();
    let n = 0;
    let fail = false;
    const receiver = await startRtmReceiver({
      appId: 'a'.repeat(32),
      userId: 'u',
      token: 't0',
      renewAt: new Date(clock.now() + 60_000),
      renew: async () => {
        if (fail) throw new Error('offline');
        n++;
        return { token: `t${n}`, renewAt: new Date(clock.now() + 60_000) };
      },
      onEvent: () => {},
      loadSdk: rtm.sdk,
      now: clock.now,
      setTimeout: clock.setTimeout,
      clearTimeout: clock.clearTimeout,
      renewRetryMs: 1000,
    });
    await clock.advance(59_000);
    expect(rtm.client.renewed).toEqual([]);
    await clock.advance(1_000);
    expect(rtm.client.renewed).toEqual(['t1']);
    rtm.client.fire('tokenPrivilegeWillExpire');
    await tick();
    await tick();
    expect(rtm.client.renewed).toEqual(['t1', 't2']);
    fail = true;
    await clock.advance(60_000);
    expect(rtm.client.renewed).toEqual(['t1', 't2']);
    fail = false;
    await clock.advance(1_000); // the retry
    expect(rtm.client.renewed).toEqual(['t1', 't2', 't3']);
    expect(receiver.stats.renewals).toBe(3);
    await receiver.stop();
    expect(clock.pending).toBe(0);
  });

  it('as a stream source: loads the SDK only when the server says Agora is on', async () => {
    const rtm = new FakeRtm();
    const off = agoraRtmSource({
      session: async () => ({ enabled: false, reason: 'not configured', appId: null, rtmUserId: 'u', rtcUid: 1, rtmToken: null }),
      loadSdk: rtm.sdk,
    });
    const stopOff = off.start(() => {});
    await tick();
    expect(rtm.loads).toBe(0);
    stopOff();

    let sessions = 0;
    const got: string[] = [];
    const on = agoraRtmSource({
      session: async () => {
        sessions++;
        return { enabled: true, appId: 'a'.repeat(32), rtmUserId: 'lw_u', rtcUid: 7, rtmToken: `tok${sessions}`, renewAt: null };
      },
      loadSdk: rtm.sdk,
    });
    const stop = on.start((e) => got.push(e.cursor));
    await tick();
    await tick();
    expect(rtm.loads).toBe(1);
    expect(rtm.client.tokens).toEqual(['tok1']);
    rtm.client.receive(push('5'));
    expect(got).toEqual(['5']);
    stop();
    await tick();
    expect(rtm.client.loggedIn).toBe(false);
  });

  it('parsePush accepts only Lacewire pushes', () => {
    expect(parsePush(push('1'))?.id).toBe('1');
    expect(parsePush('{"lw":2,"id":"1","type":"x"}')).toBeNull();
    expect(parsePush('not json')).toBeNull();
  });
});

describe('call controller (agora-rtc-sdk-ng)', () => {
  const credentials = { appId: 'a'.repeat(32), channel: 'lwcall_1', uid: 100001, role: 'publisher' as const, token: '007rtc' };

  it('joins with the token, publishes camera and mic, shows remote users, mutes, switches camera, renews, hangs up', async () => {
    const rtc = new FakeRtc();
    let changes = 0;
    const call = new CallController({
      credentials,
      loadSdk: rtc.sdk,
      renew: async () => ({ token: '007rtc-2' }),
      onChange: () => changes++,
    });
    const local = { id: 'local' } as unknown as HTMLElement;
    await call.join(local);
    const client = rtc.client!;
    expect(call.state).toBe('joined');
    expect(client.joined).toEqual([credentials.appId, 'lwcall_1', '007rtc', 100001]);
    expect(client.published.length).toBe(2);
    expect(rtc.tracks[1].playedIn).toBe(local);

    const remoteVideo = {
      played: null as unknown,
      play(el: unknown) {
        this.played = el;
      },
      stop() {},
    };
    const user = { uid: 100002, hasVideo: true, hasAudio: true, videoTrack: remoteVideo, audioTrack: { play() {}, stop() {} } };
    client.fire('user-published', user, 'video');
    client.fire('user-published', user, 'audio');
    await tick();
    expect(client.subscribed).toEqual(['100002:video', '100002:audio']);
    const tile = { id: 'tile' } as unknown as HTMLElement;
    call.attachRemote(100002, tile);
    expect(remoteVideo.played).toBe(tile);
    expect([...call.remotes.values()]).toEqual([{ uid: 100002, hasAudio: true, hasVideo: true }]);

    await call.toggleMic();
    expect(rtc.tracks[0].muted).toBe(true);
    await call.toggleCamera();
    expect(rtc.tracks[1].enabled).toBe(false);
    await call.switchCamera();
    expect(rtc.tracks[1].device).toBe('back');

    client.fire('network-quality', { uplinkNetworkQuality: 1, downlinkNetworkQuality: 3 });
    expect(call.quality).toEqual({ uplink: 1, downlink: 3 });
    client.fire('token-privilege-will-expire');
    await tick();
    expect(client.renewed).toEqual(['007rtc-2']);

    client.fire('user-left', user);
    expect(call.remotes.size).toBe(0);
    await call.hangUp();
    expect(call.state).toBe('left');
    expect(client.left).toBe(true);
    expect(rtc.tracks.every((t) => t.closed)).toBe(true);
    expect(changes).toBeGreaterThan(5);
  });

  it('joins observers (subscriber token) without publishing', async () => {
    const rtc = new FakeRtc();
    const call = new CallController({ credentials: { ...credentials, role: 'subscriber' }, loadSdk: rtc.sdk });
    await call.join(null);
    expect(call.state).toBe('joined');
    expect(rtc.client?.published).toEqual([]);
    expect(rtc.tracks).toEqual([]);
  });

  it('reports a failed join', async () => {
    const call = new CallController({
      credentials,
      loadSdk: async () => {
        throw new Error('no camera permission');
      },
    });
    await call.join(null);
    expect(call.state).toBe('failed');
    expect(call.error).toBe('no camera permission');
  });
});
