import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PluginDefinition } from '@lacewire/core';
import { filesPlugin } from '@lacewire/plugin-files';
import { createTestPlatform, everyDay } from '@lacewire/testing';
import { type MessagingConfig, messagingPlugin } from '../src/index.ts';

/**
 * A test platform with files and messaging (plus whatever else the test needs). Its stores are
 * open day and night, so no automatic out-of-hours reply appears unless a test closes the store.
 */
export async function messagingPlatform(
  options: Partial<MessagingConfig> = {},
  extra: PluginDefinition[] = [],
  embedded = false,
  seed = false,
) {
  const directory = await mkdtemp(join(tmpdir(), 'lw-messaging-'));
  return createTestPlatform({
    embedded,
    seed,
    openingHours: everyDay('00:00', '24:00'),
    plugins: [...extra, filesPlugin, messagingPlugin],
    settings: { messaging: options, files: { directory, secret: 'messaging-test-secret-messaging-test!' } },
  });
}
