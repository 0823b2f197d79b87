import { definePlugin } from '@lacewire/core';
import { type CodeSender, DEFAULT_IDENTITY_CONFIG, type IdentityConfig, type IdentityLimits } from './config.ts';
import { Account, Membership, Session, SignInCode } from './entities.ts';
import { identityEvents } from './events.ts';
import { migrations } from './migrations.ts';
import { hashToken } from './passwords.ts';
import { identitySchema } from './schema.ts';
import { viewerForToken } from './services.ts';
import { sessionCache } from './session-cache.ts';

export { type CodeSender, DEFAULT_IDENTITY_LIMITS, type IdentityConfig, type IdentityLimits } from './config.ts';
export type { IAccount } from './entities.ts';
export { AccountRef, MembershipRef, ViewerRef } from './refs.ts';
export * from './services.ts';

/**
 * Accounts, sessions and roles. Staff sign in with username/phone + password, customers with
 * phone + one-time code. Provides the platform's `authenticate` hook.
 *
 *   mutation { signInWithPassword(input: { login: "admin", password: "…" }) { ... on SignedIn { token } } }
 */
export function identityPlugin(
  options: Partial<Omit<IdentityConfig, 'limits'>> & { sendCode: CodeSender; limits?: Partial<IdentityLimits> },
) {
  const config: IdentityConfig = {
    ...DEFAULT_IDENTITY_CONFIG,
    ...options,
    limits: { ...DEFAULT_IDENTITY_CONFIG.limits, ...options.limits },
  };
  return definePlugin({
    name: 'identity',
    entities: [Account, Session, Membership, SignInCode],
    migrations,
    events: identityEvents,
    schema: (builder) => identitySchema(builder, config),
    authenticate: (token, runtime) => sessionCache(runtime).viewer(hashToken(token), () => viewerForToken(runtime.em(), token)),
    setup(runtime) {
      // A revoked session loses its streams (SSE and WebSocket) and cached viewer on every instance
      // at once, at its place in the log: nothing published after the revocation reaches it.
      runtime.dispatcher.onDispatched((event) => {
        if (event.type === 'identity.sessionRevoked') {
          sessionCache(runtime).forgetSession(event.payload.sessionId);
          runtime.endSession(event.payload.sessionId, 'Your session was ended');
        }
        if (event.type === 'identity.roleChanged' || event.type === 'identity.localeChanged')
          sessionCache(runtime).forgetAccount(event.payload.accountId);
      });
    },
  });
}
