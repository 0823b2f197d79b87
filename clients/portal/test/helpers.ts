import type { LacewireOptions } from '@lacewire/client';
import { installLacewire } from '@lacewire/client/vue';
import { type Exchange, getOperationName, makeResult } from '@urql/core';
import urql from '@urql/vue';
import { mount } from '@vue/test-utils';
import type { Component } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { filter, fromValue, mergeMap, pipe } from 'wonka';
import { i18n } from '../src/i18n/index.ts';
import { createPortalLacewire } from '../src/lib/lacewire.ts';
import { routes } from '../src/router/index.ts';

/** A WebSocket that never connects: the stream stays 'connecting' in component tests. */
class QuietSocket {
  static CONNECTING = 0;
  static OPEN = 1;
  static CLOSING = 2;
  static CLOSED = 3;
  readyState = 0;
  onopen = null;
  onclose = null;
  onerror = null;
  onmessage = null;
  close() {}
  send() {}
}

export interface Call {
  name: string;
  variables: Record<string, any>;
}

/** An urql client that answers each operation by name from `answers`, recording the calls. */
export function mockClient(answers: Record<string, (variables: any) => unknown>, options: LacewireOptions = {}) {
  const calls: Call[] = [];
  const exchange: Exchange = () => (ops$) =>
    pipe(
      ops$,
      filter((op) => op.kind !== 'teardown'),
      mergeMap((op) => {
        const name = getOperationName(op.query) ?? '';
        calls.push({ name, variables: op.variables as Record<string, any> });
        const answer = answers[name];
        return fromValue(makeResult(op, { data: (answer ? answer(op.variables) : null) as Record<string, any> | null }));
      }),
    );
  const lacewire = createPortalLacewire({
    url: 'http://test/graphql',
    exchanges: [exchange],
    auth: { storage: null },
    webSocketImpl: QuietSocket,
    ...options,
  });
  return { lacewire, calls };
}

export async function mountView(
  component: Component,
  answers: Record<string, (variables: any) => unknown>,
  path = '/',
  props: Record<string, unknown> = {},
  options: LacewireOptions = {},
) {
  const { lacewire, calls } = mockClient(answers, options);
  const router = createRouter({ history: createMemoryHistory(), routes });
  await router.push(path);
  await router.isReady();
  const wrapper = mount(component as any, {
    props,
    global: { plugins: [i18n, router, [urql, lacewire.client], { install: (app) => installLacewire(app, lacewire) }] },
    attachTo: document.body,
  });
  return { wrapper, calls, router, lacewire };
}

export const flush = () => new Promise((r) => setTimeout(r, 0));
