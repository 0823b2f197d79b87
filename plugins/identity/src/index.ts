import { definePlugin } from '@lacewire/core';
import { Account, Membership, Session, SignInCode } from './entities.ts';
import { identityEvents } from './events.ts';
import { migrations } from './migrations.ts';
import { hashToken } from './passwords.ts';
import { identitySchema } from './schema/index.ts';
import { viewerForToken } from './services.ts';
import { identityState } from './state.ts';

export {
  type CodeSender,
  DEFAULT_IDENTITY_LIMITS,
  type IdentityConfig,
  type IdentityLimits,
  type IdentitySettings,
} from './config.ts';
export type { IAccount, IMembership } from './entities.ts';
export { AccountRef, MembershipRef, ViewerRef } from './refs.ts';
export {
  accountLoader,
  accountsByIds,
  createAccount,
  findAccountByPhone,
  findAccountByUsername,
  grantRole,
  membersOf,
  type NewAccount,
  revokeRole,
} from './services.ts';

/**
 * Accounts, sessions and roles. Staff sign in with username/phone + password, customers with
 * phone + one-time code. Provides the platform's `authenticate` hook.
 *
 * Settings (`createPlatform({ settings: { identity: { sendCode, limits } } })`): the SMS sender of
 * sign-in codes (without one they go to the log, for development), session lifetimes and limits.
 *
 *   mutation { signInWithPassword(input: { login: "admin", password: "…" }) { ... on SignedIn { token } } }
 */
export const identityPlugin = definePlugin({
  name: 'identity',
  state: identityState,
  entities: [Account, Session, Membership, SignInCode],
  migrations,
  events: identityEvents,
  schema: identitySchema,
  authenticate: (token, runtime) =>
    identityState.of(runtime).sessions.viewer(hashToken(token), () => viewerForToken(runtime.em(), token)),
  setup(runtime) {
    const { sessions } = identityState.of(runtime);
    // A revoked session loses its streams (SSE and WebSocket) and cached viewer on every instance
    // at once, at its place in the log: nothing published after the revocation reaches it.
    runtime.dispatcher.onDispatched((event) => {
      if (event.type === 'identity.sessionRevoked') {
        sessions.forgetSession(event.payload.sessionId);
        runtime.endSession(event.payload.sessionId, 'Your session was ended');
      }
      if (event.type === 'identity.roleChanged' || event.type === 'identity.localeChanged')
        sessions.forgetAccount(event.payload.accountId);
    });
  },
});
