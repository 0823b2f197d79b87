import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import AgoraCall from '../src/agora/AgoraCall.vue';
import { FakeRtc } from './agora-fakes.ts';

const credentials = { appId: 'a'.repeat(32), channel: 'lwcall_1', uid: 100001, role: 'publisher' as const, token: '007rtc' };

describe('AgoraCall.vue', () => {
  it('joins, shows remote users and network quality, mutes, switches camera and hangs up', async () => {
    const rtc = new FakeRtc();
    const wrapper = mount(AgoraCall, { props: { credentials, loadSdk: rtc.sdk } });
    await flushPromises();
    expect(wrapper.emitted('joined')).toHaveLength(1);
    expect(wrapper.attributes('data-state')).toBe('joined');
    const client = rtc.client!;
    expect(client.joined).toEqual([credentials.appId, 'lwcall_1', '007rtc', 100001]);
    expect(rtc.tracks[1].playedIn).toBe(wrapper.find('.lw-call__local').element);

    const video = {
      el: null as unknown,
      play(el: unknown) {
        this.el = el;
      },
      stop() {},
    };
    client.fire('user-published', { uid: 7, hasVideo: true, videoTrack: video }, 'video');
    await flushPromises();
    const tile = wrapper.find('[data-uid="7"] .lw-call__video');
    expect(tile.exists()).toBe(true);
    expect(video.el).toBe(tile.element);
    expect(wrapper.find('[data-uid="7"] .lw-call__muted').exists()).toBe(true); // no audio yet

    client.fire('network-quality', { uplinkNetworkQuality: 1, downlinkNetworkQuality: 4 });
    await flushPromises();
    expect(wrapper.find('.lw-call__quality').text()).toBe('↑●●●●● ↓●●○○○');

    await wrapper.find('[data-action="mic"]').trigger('click');
    await flushPromises();
    expect(rtc.tracks[0].muted).toBe(true);
    expect(wrapper.find('[data-action="mic"]').text()).toBe('取消静音');
    await wrapper.find('[data-action="camera"]').trigger('click');
    await flushPromises();
    expect(rtc.tracks[1].enabled).toBe(false);
    await wrapper.find('[data-action="switch"]').trigger('click');
    await flushPromises();
    expect(rtc.tracks[1].device).toBe('back');

    await wrapper.find('[data-action="hangup"]').trigger('click');
    await flushPromises();
    expect(client.left).toBe(true);
    expect(wrapper.emitted('left')).toHaveLength(1);
  });

  it('shows observers no publishing controls', async () => {
    const rtc = new FakeRtc();
    const wrapper = mount(AgoraCall, { props: { credentials: { ...credentials, role: 'subscriber' }, loadSdk: rtc.sdk } });
    await flushPromises();
    expect(wrapper.find('[data-action="mic"]').exists()).toBe(false);
    expect(wrapper.find('.lw-call__local').exists()).toBe(false);
    expect(rtc.client?.published).toEqual([]);
  });
});
