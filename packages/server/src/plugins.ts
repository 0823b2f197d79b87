import { randomBytes } from 'node:crypto';
import type { PlatformOptions, PluginDefinition } from '@lacewire/core';
import { aftercarePlugin } from '@lacewire/plugin-aftercare';
import { agoraPlugin } from '@lacewire/plugin-agora';
import { appointmentsPlugin } from '@lacewire/plugin-appointments';
import { carePlugin } from '@lacewire/plugin-care';
import { catalogPlugin } from '@lacewire/plugin-catalog';
import { customersPlugin } from '@lacewire/plugin-customers';
import { filesPlugin, S3Storage } from '@lacewire/plugin-files';
import { identityPlugin } from '@lacewire/plugin-identity';
import { messagingPlugin } from '@lacewire/plugin-messaging';
import { metricsPlugin } from '@lacewire/plugin-metrics';
import { notificationsPlugin } from '@lacewire/plugin-notifications';
import { storesPlugin } from '@lacewire/plugin-stores';
import type { ServerConfig } from './config.ts';
import { demoHistoryPlugin } from './history/index.ts';

/**
 * Every first-party plugin (the platform sorts them by `requires` and `optional`). Notifications
 * turn the business events of the plugins above into system messages (docs/api/messaging.md);
 * agora pushes them over RTM and carries calls on orders and conversations (docs/api/agora.md;
 * without AGORA_* settings it reports "not configured"); metrics count them and read the others'
 * state for headquarters' view (docs/api/metrics.md); demo history (seed only) lays down weeks of
 * past business through them, for the charts.
 */
export const firstPartyPlugins: PluginDefinition[] = [
  identityPlugin,
  storesPlugin,
  customersPlugin,
  catalogPlugin,
  appointmentsPlugin,
  filesPlugin,
  carePlugin,
  aftercarePlugin,
  messagingPlugin,
  notificationsPlugin,
  agoraPlugin,
  metricsPlugin,
  demoHistoryPlugin,
];

/**
 * The plugins' settings from the server's configuration. Identity sends sign-in codes to the log
 * unless a sender is set here (production wires an SMS gateway).
 */
export function firstPartySettings(config: ServerConfig): NonNullable<PlatformOptions['settings']> {
  return {
    files: {
      // Unset only where nothing signed outlives the process (schema printing, tests): start.ts
      // always passes one (the setting, or the data directory's generated one).
      secret: config.files.secret ?? randomBytes(32).toString('hex'),
      publicUrl: config.publicUrl,
      ...(config.files.s3 ? { storage: new S3Storage(config.files.s3) } : { directory: config.files.directory }),
    },
    agora: config.agora,
    metrics: config.metrics,
    'demo-history': { days: config.demoHistoryDays },
  };
}
