import { installLacewire } from '@lacewire/client/vue';
import urql from '@urql/vue';
// Styles of the components a template uses come with them (vite.config.ts); these are called.
import 'vant/es/toast/style';
import 'vant/es/dialog/style';
import 'vant/es/image-preview/style';
import { createApp } from 'vue';
import App from './App.vue';
import { i18n, savedLocale, setLocale } from './i18n/index.ts';
import { addAgoraPushes } from './lib/agora.ts';
import { createPortalLacewire } from './lib/lacewire.ts';
import { createPortalRouter } from './router/index.ts';
import './style.css';

const lacewire = createPortalLacewire();
const router = createPortalRouter(() => lacewire.auth.signedIn);
// The server ended the session (expired, revoked): back to sign-in.
lacewire.auth.onChange((session, change) => {
  if (!session && change === 'expired') void router.replace({ name: 'signIn' });
});

const app = createApp(App);
app.use(i18n);
app.use(router);
app.use(urql, lacewire.client);
installLacewire(app, lacewire, {
  errorLabels: () => ({
    timeout: i18n.global.t('common.loadTimeout'),
    network: i18n.global.t('common.loadNetwork'),
    other: i18n.global.t('common.loadFailed'),
    retry: i18n.global.t('common.retry'),
  }),
});
setLocale(savedLocale());
app.mount('#app');
// Pushes over Agora RTM too, when the server has it (after the first screen: the SDK is big).
setTimeout(() => void addAgoraPushes(lacewire), 0);
