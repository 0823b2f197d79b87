import { pluginState } from '@lacewire/core';
import { DEFAULT_MESSAGING_CONFIG, type MessagingConfig } from './config.ts';
import { StoreHours } from './services/auto-reply.ts';
import { GroupCommit } from './services/group-commit.ts';
import { writeMessages } from './services/write.ts';

declare module '@lacewire/core' {
  interface PluginSettings {
    messaging: Partial<MessagingConfig>;
  }
}

/**
 * Messaging on one platform: its limits, the group commit that writes concurrent sends together,
 * and the store hours the auto-reply reads.
 */
export const messagingState = pluginState('messaging', (runtime, settings) => {
  const config: MessagingConfig = { ...DEFAULT_MESSAGING_CONFIG, ...settings };
  return {
    config,
    writes: new GroupCommit(runtime, writeMessages),
    storeHours: new StoreHours(),
  };
});

export type MessagingState = ReturnType<typeof messagingState.of>;
