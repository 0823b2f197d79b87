import { describe, expect, it } from 'vitest';
import SignIn from '../src/views/SignIn.vue';
import { flush, mountView } from './helpers.ts';

describe('SignIn', () => {
  it('requests a code for the phone, then signs in and keeps the session', async () => {
    const { wrapper, calls, lacewire } = await mountView(
      SignIn,
      {
        RequestSignInCode: () => ({ requestSignInCode: { __typename: 'SignInCodeSent', expiresAt: '2030-01-01T00:00:00Z' } }),
        SignInWithCode: () => ({
          signInWithCode: {
            __typename: 'SignedIn',
            token: 'tok',
            expiresAt: '2030-01-01T00:00:00Z',
            viewer: { customerId: 'c1', account: { id: 'QWNjb3VudDox', phone: '13800000001', locale: 'zh-CN' } },
          },
        }),
      },
      '/signin',
    );
    await wrapper.find('[data-test=phone] input').setValue('13800000001');
    await wrapper.find('[data-test=send-code]').trigger('click');
    await flush();
    expect(calls.find((c) => c.name === 'RequestSignInCode')?.variables).toEqual({ input: { phone: '13800000001' } });
    await wrapper.find('[data-test=code] input').setValue('123456');
    await wrapper.find('form').trigger('submit');
    await flush();
    expect(calls.find((c) => c.name === 'SignInWithCode')?.variables).toEqual({
      input: { phone: '13800000001', code: '123456' },
    });
    expect(lacewire.session.value?.token).toBe('tok');
    expect(lacewire.auth.headers()).toEqual({ 'x-lacewire-csrf': '1', authorization: 'Bearer tok' });
    wrapper.unmount();
  });

  it('shows Chinese by default', async () => {
    const { wrapper } = await mountView(SignIn, {}, '/signin');
    expect(wrapper.text()).toContain('手机号登录');
    wrapper.unmount();
  });
});
