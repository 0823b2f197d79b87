import { afterEach, describe, expect, it, vi } from 'vitest';
import { eventually, FakeApi, type Mounted, mountConsole, STORE_A, STORE_B, settle, workspaceFor } from './helpers.ts';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const signedIn = (api: FakeApi) =>
  api.on('StaffSignIn', ({ input }) =>
    input.password === 'right-password'
      ? {
          signInWithPassword: {
            __typename: 'SignedIn',
            token: 'token-2',
            expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
            viewer: { __typename: 'Viewer', account: { __typename: 'Account', id: 'QWNjb3VudDox', displayName: '李前台' } },
          },
        }
      : { signInWithPassword: { __typename: 'NotAllowed', code: 'NotAllowed', message: 'Wrong login or password.', params: [] } },
  );

describe('sign-in and session', () => {
  it('sends anonymous visitors to sign-in', async () => {
    mounted = await mountConsole(new FakeApi());
    await eventually(() => expect(mounted!.app.router.currentRoute.value.name).toBe('signIn'));
    await eventually(() => expect(mounted!.root.textContent).toContain('员工登录'));
  });

  it('says a sign-in was refused in its own language (never the server’s English), then signs in with CSRF header and bearer token', async () => {
    const api = signedIn(new FakeApi()).on('StaffWorkspace', () => workspaceFor('clerk'));
    mounted = await mountConsole(api, { path: '/sign-in' });
    const login = mounted.root.querySelector<HTMLInputElement>('input[name=login]');
    const password = mounted.root.querySelector<HTMLInputElement>('input[name=password]');
    login!.value = 'clerk.jingan';
    login!.dispatchEvent(new Event('input'));
    password!.value = 'wrong';
    password!.dispatchEvent(new Event('input'));
    mounted.root.querySelector('form')!.dispatchEvent(new Event('submit'));
    await vi.waitFor(
      () => expect(mounted!.root.querySelector('[data-test=sign-in-error]')?.textContent).toContain('账号或密码不正确'),
      { timeout: 8000 },
    );
    expect(mounted.root.textContent).not.toContain('Wrong login');

    password!.value = 'right-password';
    password!.dispatchEvent(new Event('input'));
    mounted.root.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle();
    await vi.waitFor(() => expect(mounted!.app.router.currentRoute.value.name).toBe('board'), { timeout: 8000 });
    await eventually(() => expect(mounted!.lacewire.auth.token).toBe('token-2'));
    const workspace = api.calls('StaffWorkspace').at(-1)!;
    expect(workspace.headers['x-lacewire-csrf']).toBe('1');
    expect(workspace.headers.authorization).toBe('Bearer token-2');
  });

  it('goes back to sign-in when the stream reports the session ended (close 4401)', async () => {
    const api = new FakeApi().on('StaffWorkspace', () => workspaceFor('clerk'));
    mounted = await mountConsole(api, { signedIn: true });
    mounted.transport.connect();
    await settle();
    await eventually(() => expect(mounted!.app.router.currentRoute.value.name).toBe('board'));
    mounted.transport.drop({ code: 4401, reason: 'Session ended' });
    await settle();
    await eventually(() => expect(mounted!.lacewire.auth.signedIn).toBe(false));
    await eventually(() => expect(mounted!.app.router.currentRoute.value.name).toBe('signIn'));
    await eventually(() => expect(mounted!.app.router.currentRoute.value.query.reason).toBe('expired'));
    await eventually(() => expect(mounted!.root.textContent).toContain('登录已过期'));
  });

  it('goes back to sign-in when a query answers UNAUTHENTICATED', async () => {
    const api = new FakeApi().on('StaffWorkspace', () => workspaceFor('clerk'));
    mounted = await mountConsole(api, { signedIn: true });
    // The token expired on the server: the next request answers UNAUTHENTICATED.
    api.override = () =>
      new Response(JSON.stringify({ errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }] }), {
        status: 401,
        headers: { 'content-type': 'application/json' },
      });
    await mounted.lacewire.client.query('query Probe { viewer { sessionId } }', {}).toPromise();
    await settle();
    await eventually(() => expect(mounted!.app.router.currentRoute.value.name).toBe('signIn'));
  });
});

describe('stores and roles', () => {
  it('asks a member of several stores to pick one', async () => {
    const api = new FakeApi().on('StaffWorkspace', () => workspaceFor('clerk', [STORE_A, STORE_B]));
    mounted = await mountConsole(api, { signedIn: true, store: null });
    await eventually(() => expect(mounted!.app.router.currentRoute.value.name).toBe('stores'));
    await eventually(() => expect(mounted!.root.querySelectorAll('[data-store]').length).toBe(2));
    const buttons = mounted.root.querySelectorAll('[data-store]');
    (buttons[1] as HTMLElement).click();
    await settle();
    await eventually(() => expect(mounted!.app.router.currentRoute.value.name).toBe('board'));
    await eventually(() => expect(mounted!.app.workspace.current.value?.id).toBe(STORE_B));
  });

  it('keeps a clerk out of settings and shows the owner every store in the rollout matrix', async () => {
    const clerk = new FakeApi().on('StaffWorkspace', () => workspaceFor('clerk'));
    mounted = await mountConsole(clerk, { signedIn: true, path: '/settings' });
    await eventually(() => expect(mounted!.app.router.currentRoute.value.name).toBe('board'));
    await eventually(() => expect(mounted!.root.querySelector('[data-nav=settings]')).toBeNull());
    mounted.unmount();

    const features = (enabled: boolean) => [
      { __typename: 'FeatureState', name: 'calls', description: 'Video calls', enabled, defaultEnabled: false },
    ];
    const owner = new FakeApi()
      .on('StaffWorkspace', () => workspaceFor('owner', [STORE_A, STORE_B]))
      .on('StoreSettings', () => ({
        node: {
          __typename: 'Store',
          id: STORE_A,
          name: '门店1',
          address: 'a',
          phone: '1',
          timeZone: 'Asia/Shanghai',
          openingHours: [],
        },
      }))
      .on('RolloutMatrix', () => ({
        stores: [
          { __typename: 'Store', id: STORE_A, name: '门店1', features: features(true) },
          { __typename: 'Store', id: STORE_B, name: '门店2', features: features(false) },
        ],
      }))
      .on('StoreFeatures', () => ({
        node: { __typename: 'Store', id: STORE_A, name: '门店1', features: features(true), featureHistory: [] },
      }))
      .on('SwitchFeature', () => ({ switchFeature: { __typename: 'MutationSwitchFeatureSuccess', data: [] } }));
    mounted = await mountConsole(owner, { signedIn: true, path: '/settings' });
    await eventually(() => expect(mounted!.app.router.currentRoute.value.name).toBe('settings'));
    (mounted.root.querySelector('#tab-features') as HTMLElement).click();
    await eventually(() => expect(mounted!.root.querySelectorAll('.el-switch[data-feature=calls]').length).toBe(2));
    const switches = mounted.root.querySelectorAll('.el-switch[data-feature=calls]');
    (switches[1] as HTMLElement).click();
    await eventually(() => expect(owner.calls('SwitchFeature').length).toBe(1));
    expect(owner.calls('SwitchFeature')[0].variables.input).toEqual({ feature: 'calls', storeIds: [STORE_B], enabled: true });
  });
});
