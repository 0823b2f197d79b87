import { createLacewire } from '@lacewire/client';
import { createStaffApp } from './app.ts';

const lacewire = createLacewire({ url: '/graphql', auth: { key: 'lacewire.staff.session' } });
const { app } = createStaffApp(lacewire);
app.mount('#app');

// Agora RTM pushes join the one stream as an extra source (deduplicated by cursor). The module and
// the SDK load after the first screen; without Agora configured the source stays idle.
void import('@lacewire/client/agora').then(({ agoraRtmSource, AGORA_SESSION, AGORA_EVENT }) => {
  lacewire.stream.addSource(
    agoraRtmSource({
      session: async () =>
        (await lacewire.client.query(AGORA_SESSION, {}, { requestPolicy: 'network-only' }).toPromise()).data?.agoraSession,
      fetchEvent: async (cursor) => (await lacewire.client.query(AGORA_EVENT, { cursor }).toPromise()).data?.agoraEvent ?? null,
    }),
  );
});

// For browser tests and support: inspect the stream (cursor, state) from the console.
(window as unknown as { lacewire: unknown }).lacewire = lacewire;
