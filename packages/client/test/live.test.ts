import { createTestPlatform, type TestClient, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { Auth, createLacewire, type StreamEvent } from '../src/index.ts';

/** The shared client against a real server: HTTP + graphql-ws, resume by cursor after the socket dies. */
describe('createLacewire against a real server', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await createTestPlatform();
  });
  afterAll(() => t.close());

  async function signedIn() {
    const store = await t.store();
    const admin = await t.staff(store, 'storeAdmin');
    const lw = createLacewire({
      url: t.url,
      auth: new Auth({ storage: null }),
      webSocketImpl: WebSocket,
      stream: { backoff: () => 20, online: () => true, watchOnline: undefined },
    });
    lw.auth.signIn({ token: admin.token as string, expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    return { store, admin, lw };
  }

  const until = async (check: () => boolean, ms = 5000) => {
    const end = Date.now() + ms;
    while (!check()) {
      if (Date.now() > end) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 10));
    }
  };

  const rename = (client: TestClient, storeId: string, name: string) =>
    client.query(`mutation($input: UpdateStoreInput!) { updateStore(input: $input) { __typename } }`, {
      input: { storeId, name },
    });

  it('sends the bearer token and CSRF header, and resumes the stream after the socket dies', async () => {
    const { store, admin, lw } = await signedIn();
    const result = await lw.client.query('query { viewer { account { displayName } } }', {}).toPromise();
    expect(result.data?.viewer?.account?.displayName).toMatch(/storeAdmin/);

    const got: StreamEvent[] = [];
    lw.stream.on('store.updated', (e) => got.push(e));
    await until(() => lw.stream.state === 'connected');
    await new Promise((r) => setTimeout(r, 100));
    await rename(admin, store.globalId, 'A');
    await until(() => got.length === 1);

    lw.sockets.terminate(); // the network drops the socket
    await rename(admin, store.globalId, 'B'); // missed while down
    await rename(admin, store.globalId, 'C');
    await until(() => got.length === 3);
    await until(() => lw.stream.state === 'connected');
    await rename(admin, store.globalId, 'D');
    await until(() => got.length === 4);
    await new Promise((r) => setTimeout(r, 200));
    const cursors = got.map((e) => e.cursor);
    expect(new Set(cursors).size).toBe(4);
    expect([...cursors].sort((a, b) => Number(a) - Number(b))).toEqual(cursors);
    lw.stream.stop();
    lw.sockets.dispose();
  });

  it('ends the session when the server signs it out (UNAUTHENTICATED / close 4401)', async () => {
    const { lw } = await signedIn();
    const changes: string[] = [];
    lw.auth.onChange((_s, change) => changes.push(change));
    await until(() => lw.stream.state === 'connected');
    // Sign out with the same token from elsewhere: the server closes the socket with 4401.
    await t.withToken(lw.auth.token).query('mutation { signOut { __typename } }');
    await until(() => changes.includes('expired'));
    expect(lw.auth.signedIn).toBe(false);
    expect(lw.stream.state).toBe('stopped');
    lw.sockets.dispose();
  });
});
