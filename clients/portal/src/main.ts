import urql from '@urql/vue';
import 'vant/lib/index.css';
import { createApp } from 'vue';
import App from './App.vue';
import { i18n, savedLocale, setLocale } from './i18n/index.ts';
import { createPortalClient } from './lib/urql.ts';
import { createPortalRouter } from './router/index.ts';
import './style.css';

const app = createApp(App);
app.use(i18n);
app.use(createPortalRouter());
app.use(urql, createPortalClient());
setLocale(savedLocale());
app.mount('#app');
