import type { Component } from 'vue';
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';

// Every screen is its own lazily loaded chunk: the first route stays small. Screens are found by
// file name, so a screen for a server module that is not installed yet simply has no route.
const views = import.meta.glob<Component>('../views/*.vue', { import: 'default' });
const view = (name: string) => views[`../views/${name}.vue`] as () => Promise<Component>;

const all: (RouteRecordRaw | false)[] = [
  { path: '/signin', name: 'signIn', component: view('SignIn'), meta: { public: true } },
  { path: '/', redirect: '/orders' },
  { path: '/orders', name: 'orders', component: view('Orders'), meta: { tab: 'orders' } },
  { path: '/book', name: 'book', component: view('Book'), meta: { tab: 'book' } },
  { path: '/messages', name: 'messages', component: view('Messages'), meta: { tab: 'messages' } },
  { path: '/me', name: 'me', component: view('Me'), meta: { tab: 'me' } },
  !!view('OrderDetail') && { path: '/orders/:id', name: 'order', component: view('OrderDetail'), props: true },
  !!view('Acceptance') && { path: '/acceptance/:id', name: 'acceptance', component: view('Acceptance'), props: true },
  !!view('Complaints') && { path: '/complaints', name: 'complaints', component: view('Complaints') },
  !!view('Profile') && { path: '/profile', name: 'profile', component: view('Profile') },
  { path: '/call/:id', name: 'call', component: view('Call'), props: true },
  !!view('Chat') && { path: '/chat/:id', name: 'chat', component: view('Chat'), props: true },
  { path: '/:pathMatch(.*)*', name: 'notFound', component: view('PageNotFound'), meta: { public: true } },
];
export const routes = all.filter((r): r is RouteRecordRaw => r !== false);

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
