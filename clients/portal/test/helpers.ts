import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LacewireOptions, StreamTransport, TransportSink } from '@lacewire/client';
import { withTypenames } from '@lacewire/client/testing';
import { installLacewire } from '@lacewire/client/vue';
import { type Exchange, getOperationName, makeResult, type Operation } from '@urql/core';
import urql from '@urql/vue';
import { mount } from '@vue/test-utils';
import { buildSchema } from 'graphql';
import type { Component } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { filter, fromValue, merge, mergeMap, pipe, share } from 'wonka';
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

/** A stream transport the test drives: `connect()`, then `push(type, payload)` events. */
export class TestStream implements StreamTransport {
  sink: TransportSink | null = null;
  #cursor = 0;
  subscribe(_after: string | null, sink: TransportSink) {
    this.sink = sink;
    return () => {
      this.sink = null;
    };
  }
  connect() {
    this.sink?.connected();
  }
  push(type: string, payload: Record<string, unknown>) {
    this.sink?.next({ cursor: String(++this.#cursor), type, payload, at: new Date().toISOString() });
  }
}

export interface Call {
  name: string;
  variables: Record<string, any>;
}

const schema = buildSchema(readFileSync(join(import.meta.dirname, '../../../schema.graphql'), 'utf8'));

/**
 * An urql client that answers each operation by name from `answers` (with the `__typename`s a
 * server sends filled in), recording the calls.
 */
export function mockClient(answers: Record<string, (variables: any) => unknown>, options: LacewireOptions = {}) {
  const calls: Call[] = [];
  const exchange: Exchange =
    ({ forward }) =>
    (ops$) => {
      const shared = pipe(ops$, share);
      const answered = (op: Operation) => op.kind === 'query' || op.kind === 'mutation';
      const results = pipe(
        shared,
        filter(answered),
        mergeMap((op) => {
          const name = getOperationName(op.query) ?? '';
          calls.push({ name, variables: op.variables as Record<string, any> });
          const answer = answers[name];
          const data = answer ? withTypenames(schema, op.query, answer(op.variables)) : null;
          return fromValue(makeResult(op, { data: data as Record<string, any> | null }));
        }),
      );
      // Subscriptions (the cache's events) and teardowns go on to the client's own exchanges.
      return merge([
        results,
        forward(
          pipe(
            shared,
            filter((op) => !answered(op)),
          ),
        ),
      ]);
    };
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
