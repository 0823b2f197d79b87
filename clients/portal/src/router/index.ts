import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';

// Every screen but sign-in is its own lazily loaded chunk: the first route stays small.
export const routes: RouteRecordRaw[] = [
  { path: '/signin', name: 'signIn', component: () => import('../views/SignIn.vue'), meta: { public: true } },
  { path: '/', redirect: '/orders' },
  { path: '/orders', name: 'orders', component: () => import('../views/Orders.vue'), meta: { tab: 'orders' } },
  { path: '/book', name: 'book', component: () => import('../views/Book.vue'), meta: { tab: 'book' } },
  { path: '/messages', name: 'messages', component: () => import('../views/Messages.vue'), meta: { tab: 'messages' } },
  { path: '/me', name: 'me', component: () => import('../views/Me.vue'), meta: { tab: 'me' } },
  { path: '/:pathMatch(.*)*', redirect: '/orders' },
];

export function createPortalRouter(signedIn: () => boolean) {
  const router = createRouter({ history: createWebHistory('/'), routes });
  router.beforeEach((to) => {
    if (!to.meta.public && !signedIn()) return { name: 'signIn', query: to.fullPath !== '/orders' ? { next: to.fullPath } : {} };
    if (to.name === 'signIn' && signedIn()) return { path: '/orders' };
    return true;
  });
  return router;
}

declare module 'vue-router' {
  interface RouteMeta {
    public?: boolean;
    tab?: string;
  }
}
