import urql from '@urql/vue';
import { Client, type Exchange, getOperationName, makeResult } from '@urql/core';
import { mount } from '@vue/test-utils';
import { createMemoryHistory, createRouter } from 'vue-router';
import { filter, fromValue, mergeMap, pipe } from 'wonka';
import type { Component } from 'vue';
import { i18n } from '../src/i18n/index.ts';
import { routes } from '../src/router/index.ts';

export interface Call {
  name: string;
  variables: Record<string, any>;
}

/** An urql client that answers each operation by name from `answers`, recording the calls. */
export function mockClient(answers: Record<string, (variables: any) => unknown>) {
  const calls: Call[] = [];
  const exchange: Exchange = () => (ops$) =>
    pipe(
      ops$,
      filter((op) => op.kind !== 'teardown'),
      mergeMap((op) => {
        const name = getOperationName(op.query) ?? '';
        calls.push({ name, variables: op.variables as Record<string, any> });
        const answer = answers[name];
        return fromValue(makeResult(op, { data: answer ? answer(op.variables) : null }));
      }),
    );
  const client = new Client({ url: 'http://test/graphql', exchanges: [exchange], requestPolicy: 'network-only' });
  return { client, calls };
}

export async function mountView(component: Component, answers: Record<string, (variables: any) => unknown>, path = '/') {
  const { client, calls } = mockClient(answers);
  const router = createRouter({ history: createMemoryHistory(), routes });
  await router.push(path);
  await router.isReady();
  const wrapper = mount(component, { global: { plugins: [i18n, router, [urql, client]] }, attachTo: document.body });
  return { wrapper, calls, router };
}

export const flush = () => new Promise((r) => setTimeout(r, 0));
