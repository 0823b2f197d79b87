import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@urql/core';
import { buildSchema, parse } from 'graphql';
import { vi } from 'vitest';
import { Auth, createLacewire, globalId, type Lacewire, type StreamTransport, type TransportSink } from '../src/index.ts';
import { withTypenames } from '../src/testing.ts';

/** The normalized cache as both apps get it, on a fake server that records every operation it is asked. */

export const STORE = globalId('Store', 's1');
export const TECH = globalId('Account', 't1');

const schema = buildSchema(readFileSync(join(import.meta.dirname, '../../../schema.graphql'), 'utf8'));

export class Transport implements StreamTransport {
  sink: TransportSink | null = null;
  subscribe(_after: string | null, sink: TransportSink) {
    this.sink = sink;
    return () => {};
  }
  #cursor = 0;
  push(type: string, payload: Record<string, unknown>) {
    this.sink?.next({ cursor: String(++this.#cursor), type, payload, at: new Date().toISOString() });
  }
}

export interface Server {
  requests: string[];
  answer: Record<string, (variables: any) => unknown>;
}

export interface Started {
  server: Server;
  transport: Transport;
  lacewire: Lacewire;
  auth: Auth;
}

/**
 * A signed-in app: `role` in the store (the cached `viewer` answers `Workspace`), `account` the
 * session's account (global id), `viewer` what the app says it is (the portal: customer).
 */
export function start(
  role: 'clerk' | 'technician' | 'customer',
  options: { account?: string; viewer?: 'customer' | 'staff' } = {},
): Started {
  const server: Server = {
    requests: [],
    answer: {
      Workspace: () => ({
        viewer: {
          __typename: 'Viewer',
          isOwner: false,
          account: { __typename: 'Account', id: options.account ?? TECH },
          memberships: role === 'customer' ? [] : [{ __typename: 'Membership', role, storeId: STORE }],
        },
      }),
    },
  };
  const transport = new Transport();
  const auth = new Auth({ storage: null });
  auth.signIn({ token: 't', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), accountId: options.account });
  const lacewire = createLacewire({
    url: 'http://lacewire.test/graphql',
    auth,
    viewer: options.viewer,
    stream: { transport, online: () => true },
    fetch: async (_url, init) => {
      const body = JSON.parse(String(init?.body));
      server.requests.push(body.operationName);
      const answer = server.answer[body.operationName] as Server['answer'][string] | undefined;
      const data = answer && withTypenames(schema, parse(body.query), answer(body.variables));
      const payload = answer ? { data } : { errors: [{ message: `no ${body.operationName}` }] };
      return new Response(JSON.stringify(payload), { headers: { 'content-type': 'application/json' } });
    },
  });
  return { server, transport, lacewire, auth };
}

/** Keeps a query on screen; `latest()` is what the screen shows now. */
export function watch(lacewire: Lacewire, query: TypedDocumentNode<any, any>, variables: Record<string, unknown>) {
  let latest: any = null;
  const subscription = lacewire.client.query(query, variables).subscribe((result) => {
    latest = result.data;
  });
  return { latest: () => latest, stop: () => subscription.unsubscribe() };
}

export const pause = (ms = 30) => new Promise((r) => setTimeout(r, ms));

/** Waits for the screens to show what `check` wants, then forgets the requests made so far. */
export async function ready(started: Started, check: () => void) {
  await vi.waitFor(check);
  // The first connection has no cursor: the screens refetch once (resync). Count from there.
  started.transport.sink?.connected();
  await pause(20);
  started.server.requests.length = 0;
}
