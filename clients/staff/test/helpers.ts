import { Auth, createLacewire, globalId, type Lacewire, type StreamTransport, type TransportSink } from '@lacewire/client';
import { flushPromises } from '@vue/test-utils';
import { vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { createStaffApp } from '../src/app.ts';

export type Resolver = (variables: Record<string, any>) => unknown;

/**
 * A fake GraphQL server for component tests: answers by operation name, records every request.
 */
export class FakeApi {
  readonly requests: {
    operationName: string;
    variables: Record<string, any>;
    headers: Record<string, string>;
    /** Files of a GraphQL multipart request, by their `map` key. */
    files?: Record<string, File>;
  }[] = [];
  readonly handlers = new Map<string, Resolver>();

  on(operationName: string, resolve: Resolver): this {
    this.handlers.set(operationName, resolve);
    return this;
  }

  /** Set to answer every request with this raw response instead (e.g. an expired session). */
  override: (() => Response) | null = null;

  fetch = (async (_url: RequestInfo | URL, init?: RequestInit) => {
    if (this.override) return this.override();
    let files: Record<string, File> | undefined;
    let body: any;
    if (init?.body instanceof FormData) {
      // GraphQL multipart request: operations + map + the files.
      const form = init.body;
      body = JSON.parse(String(form.get('operations')));
      files = {};
      const map = JSON.parse(String(form.get('map') ?? '{}')) as Record<string, string[]>;
      for (const [key, paths] of Object.entries(map)) {
        const file = form.get(key) as File;
        files[key] = file;
        for (const path of paths) {
          const parts = path.split('.');
          let target = body;
          for (const part of parts.slice(0, -1)) target = target[part];
          target[parts.at(-1) as string] = file;
        }
      }
    } else body = JSON.parse(String(init?.body ?? '{}'));
    const operationName = body.operationName ?? /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '';
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    this.requests.push({ operationName, variables: body.variables ?? {}, headers, files });
    const handler = this.handlers.get(operationName);
    const payload = handler ? { data: handler(body.variables ?? {}) } : { errors: [{ message: `no fake for ${operationName}` }] };
    return new Response(JSON.stringify(payload), { headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;

  calls(operationName: string) {
    return this.requests.filter((r) => r.operationName === operationName);
  }
}

/** A stream transport the test drives: connect, push events, drop the connection. */
export class FakeTransport implements StreamTransport {
  sinks: { after: string | null; sink: TransportSink; open: boolean }[] = [];
  subscribe(after: string | null, sink: TransportSink) {
    const entry = { after, sink, open: true };
    this.sinks.push(entry);
    return () => {
      entry.open = false;
    };
  }
  get current() {
    return this.sinks.filter((s) => s.open).at(-1);
  }
  connect() {
    this.current?.sink.connected();
  }
  push(cursor: string, type: string, payload: unknown = {}) {
    this.current?.sink.next({ cursor, type, payload, at: new Date().toISOString() });
  }
  drop(error: unknown = { code: 1006 }) {
    const c = this.current;
    if (c) {
      c.open = false;
      c.sink.error(error);
    }
  }
}

export const STORE_A = globalId('Store', 'a');
export const STORE_B = 'U3RvcmU6Yg==';

export function workspaceFor(role: 'owner' | 'clerk' | 'storeAdmin' | 'technician', stores = [STORE_A]) {
  const owner = role === 'owner';
  return {
    viewer: {
      __typename: 'Viewer',
      sessionExpiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      isOwner: owner,
      account: { __typename: 'Account', id: 'QWNjb3VudDox', displayName: '李前台', kind: 'staff', username: 'clerk' },
      memberships: owner
        ? []
        : stores.map((id, i) => ({
            __typename: 'Membership',
            role,
            storeId: `s${i}`,
            store: { __typename: 'Store', id, name: `门店${i + 1}` },
          })),
    },
    stores: stores.map((id, i) => ({
      __typename: 'Store',
      id,
      name: `门店${i + 1}`,
      address: '南京西路',
      timeZone: 'Asia/Shanghai',
    })),
  };
}

export interface Mounted {
  lacewire: Lacewire;
  api: FakeApi;
  transport: FakeTransport;
  app: ReturnType<typeof createStaffApp>;
  root: HTMLElement;
  unmount(): void;
}

/** The whole console mounted in happy-dom, on a fake API and a fake stream. */
export async function mountConsole(
  api: FakeApi,
  options: { signedIn?: boolean; path?: string; store?: string | null } = {},
): Promise<Mounted> {
  localStorage.clear();
  if (options.store !== null) localStorage.setItem('lacewire.staff.store', options.store ?? STORE_A);
  const transport = new FakeTransport();
  const auth = new Auth({ storage: localStorage, key: 'lacewire.staff.session' });
  const lacewire = createLacewire({
    url: 'http://lacewire.test/graphql',
    fetch: api.fetch,
    auth,
    stream: { transport, online: () => true, watchOnline: undefined, backoff: () => 1 },
  });
  // The account workspaceFor answers with, as the sign-in screen keeps it.
  if (options.signedIn)
    auth.signIn({ token: 'token-1', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), accountId: 'QWNjb3VudDox' });
  const app = createStaffApp(lacewire, { history: createMemoryHistory('/staff/'), locale: 'zh-CN' });
  const root = document.createElement('div');
  document.body.appendChild(root);
  await app.router.push(options.path ?? '/board');
  app.app.mount(root);
  await app.router.isReady();
  await flushPromises();
  return {
    lacewire,
    api,
    transport,
    app,
    root,
    unmount() {
      app.app.unmount();
      root.remove();
      lacewire.stream.stop();
    },
  };
}

export async function settle(times = 3) {
  for (let i = 0; i < times; i++) {
    await flushPromises();
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Retries an assertion for a while: route loads and fetches settle at their own pace under load. */
export function eventually(assertion: () => void, timeout = 8000) {
  return vi.waitFor(assertion, { timeout, interval: 20 });
}
