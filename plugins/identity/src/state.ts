import { pluginState } from '@lacewire/core';
import { type IdentitySettings, resolveIdentityConfig } from './config.ts';
import { SessionCache } from './session-cache.ts';

declare module '@lacewire/core' {
  interface PluginSettings {
    identity: IdentitySettings;
  }
}

/** The identity plugin on one platform: its configuration and this instance's cache of viewers by token. */
export const identityState = pluginState('identity', (runtime, settings) => ({
  config: resolveIdentityConfig(settings, runtime.log),
  sessions: new SessionCache(5_000),
}));
