import type { Lacewire } from '@lacewire/client';
import { createRouter, createWebHistory, type RouteRecordRaw, type Router, type RouterHistory } from 'vue-router';
import type { Area, Workspace } from './lib/workspace.ts';

declare module 'vue-router' {
  interface RouteMeta {
    public?: boolean;
    area?: Area;
    /** Full-page screens without the shell (sign-in, store picker). */
    bare?: boolean;
    /** Needs no current store (headquarters' view of every store). */
    anyStore?: boolean;
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/sign-in', name: 'signIn', component: () => import('./views/SignIn.vue'), meta: { public: true, bare: true } },
  { path: '/stores', name: 'stores', component: () => import('./views/StorePicker.vue'), meta: { bare: true } },
  { path: '/', redirect: { name: 'board' } },
  {
    path: '/overview',
    name: 'overview',
    component: () => import('./views/Overview.vue'),
    meta: { area: 'overview', anyStore: true },
  },
  { path: '/board', name: 'board', component: () => import('./views/Board.vue'), meta: { area: 'board' } },
  { path: '/intake', name: 'intake', component: () => import('./views/Intake.vue'), meta: { area: 'intake' } },
  { path: '/pool', name: 'pool', component: () => import('./views/Pool.vue'), meta: { area: 'pool' } },
  { path: '/workload', name: 'workload', component: () => import('./views/Workload.vue'), meta: { area: 'workload' } },
  { path: '/customers', name: 'customers', component: () => import('./views/Customers.vue'), meta: { area: 'customers' } },
  { path: '/customers/:id', name: 'customer', component: () => import('./views/Customers.vue'), meta: { area: 'customers' } },
  {
    path: '/appointments',
    name: 'appointments',
    component: () => import('./views/Appointments.vue'),
    meta: { area: 'appointments' },
  },
  { path: '/aftersales', name: 'aftersales', component: () => import('./views/AfterSales.vue'), meta: { area: 'aftersales' } },
  { path: '/metrics', name: 'metrics', component: () => import('./views/Metrics.vue'), meta: { area: 'metrics' } },
  { path: '/inbox', name: 'inbox', component: () => import('./views/Inbox.vue'), meta: { area: 'inbox' } },
  { path: '/inbox/:id', name: 'conversation', component: () => import('./views/Inbox.vue'), meta: { area: 'inbox' } },
  {
    path: '/orders/:id',
    name: 'order',
    component: () => import('./views/OrderDetail.vue'),
    props: true,
    meta: { area: 'orders' },
  },
  { path: '/settings', name: 'settings', component: () => import('./views/Settings.vue'), meta: { area: 'settings' } },
  { path: '/:rest(.*)*', name: 'notFound', component: () => import('./views/PageNotFound.vue') },
];

export function createStaffRouter(
  lacewire: Lacewire,
  workspace: Workspace,
  history: RouterHistory = createWebHistory('/staff/'),
): Router {
  const router = createRouter({ history, routes });

  router.beforeEach(async (to) => {
    if (to.meta.public) return true;
    if (!lacewire.auth.signedIn) return { name: 'signIn', query: to.fullPath !== '/' ? { next: to.fullPath } : {} };
    await workspace.load();
    if (!workspace.viewer.value) return { name: 'signIn' };
    if (to.name === 'stores') return true;
    if (!workspace.current.value && !to.meta.anyStore) return { name: 'stores', query: { next: to.fullPath } };
    if (to.meta.area && !workspace.can(to.meta.area)) return to.name === 'board' ? { name: 'stores' } : { name: 'board' };
    return true;
  });

  // The session ended (expired, signed out elsewhere, revoked): back to sign-in.
  lacewire.auth.onChange((session, change) => {
    if (session) return;
    workspace.clear();
    const current = router.currentRoute.value;
    if (!current.meta.public) void router.replace({ name: 'signIn', query: { reason: change } });
  });

  return router;
}
