import type { PluginDefinition } from '@lacewire/core';
import { identityPlugin } from '@lacewire/plugin-identity';
import { storesPlugin } from '@lacewire/plugin-stores';
import type { Logger } from 'pino';
import type { ServerConfig } from './config.ts';

/** Every first-party plugin, in the order they are listed (the platform sorts by `requires`). */
export function firstPartyPlugins(_config: ServerConfig, log: Logger): PluginDefinition[] {
  return [
    identityPlugin({
      // Development sender: the code goes to the log. Production wires an SMS gateway here.
      sendCode: async (phone, code) => log.info({ phone, code }, 'sign-in code'),
    }),
    storesPlugin,
  ];
}
