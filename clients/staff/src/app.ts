import type { Lacewire } from '@lacewire/client';
import { installLacewire } from '@lacewire/client/vue';
import urql from '@urql/vue';
import { createApp } from 'vue';
import type { RouterHistory } from 'vue-router';
import App from './App.vue';
import { createStaffI18n, type Locale } from './i18n/index.ts';
import { createWorkspace, WORKSPACE } from './lib/workspace.ts';
import { createStaffRouter } from './router.ts';
import './style.css';
import './theme.css';
// Components called as functions (ElMessage, ElMessageBox, ElNotification) are not seen by the
// template resolver: their styles are imported here once.
import 'element-plus/es/components/message/style/css';
import 'element-plus/es/components/message-box/style/css';
import 'element-plus/es/components/notification/style/css';

/** Builds the console around a Lacewire client (the real one in main.ts, a test's elsewhere). */
export function createStaffApp(lacewire: Lacewire, options: { history?: RouterHistory; locale?: Locale } = {}) {
  const app = createApp(App);
  const workspace = createWorkspace(lacewire);
  const router = createStaffRouter(lacewire, workspace, options.history);
  app.use(urql, lacewire.client);
  const i18n = createStaffI18n(options.locale);
  const t = i18n.global.t as (key: string) => string;
  installLacewire(app, lacewire, {
    errorLabels: () => ({
      timeout: t('common.loadTimeout'),
      network: t('common.loadNetwork'),
      other: t('common.loadFailed'),
      retry: t('common.retry'),
    }),
  });
  app.provide(WORKSPACE, workspace);
  app.use(i18n);
  app.use(router);
  return { app, router, workspace };
}
