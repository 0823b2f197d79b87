import { pluginState } from '@lacewire/core';
import { type AgoraConfig, capabilities, resolveAgoraConfig } from './config.ts';
import { PushLimiter } from './push/limiter.ts';
import { callHooksFor } from './wiring.ts';

declare module '@lacewire/core' {
  interface PluginSettings {
    agora: Partial<AgoraConfig>;
  }
}

/**
 * Agora on one platform: its credentials and what they switch on, this instance's pacing of
 * REST calls, and what calls are about given the plugins installed (care's orders, messaging's
 * conversations and call records).
 */
export const agoraState = pluginState('agora', (runtime, settings) => {
  const config = resolveAgoraConfig(settings);
  return {
    config,
    capabilities: capabilities(config),
    limiter: new PushLimiter(config.pushRatePerSecond),
    hooks: callHooksFor(runtime),
  };
});
