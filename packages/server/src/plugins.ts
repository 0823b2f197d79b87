import { randomBytes } from 'node:crypto';
import type { PluginDefinition } from '@lacewire/core';
import { aftercarePlugin } from '@lacewire/plugin-aftercare';
import { agoraHooksFor, agoraPlugin, pushableEvents } from '@lacewire/plugin-agora';
import { appointmentsPlugin } from '@lacewire/plugin-appointments';
import { carePlugin } from '@lacewire/plugin-care';
import { catalogPlugin } from '@lacewire/plugin-catalog';
import { customersPlugin } from '@lacewire/plugin-customers';
import { filesPlugin, S3Storage } from '@lacewire/plugin-files';
import { type CodeSender, identityPlugin } from '@lacewire/plugin-identity';
import { messagingPlugin } from '@lacewire/plugin-messaging';
import { metricEventsDeclaredBy, metricIntegrationsFor, metricsPlugin } from '@lacewire/plugin-metrics';
import { notificationsPluginFor } from '@lacewire/plugin-notifications';
import { storesPlugin } from '@lacewire/plugin-stores';
import type { Logger } from 'pino';
import type { ServerConfig } from './config.ts';
import { demoHistoryPlugin } from './history/index.ts';

/** Every first-party plugin, in the order they are listed (the platform sorts by `requires`). */
export function firstPartyPlugins(
  config: ServerConfig,
  log: Logger,
  overrides: { sendCode?: CodeSender } = {},
): PluginDefinition[] {
  const plugins: PluginDefinition[] = [
    identityPlugin({
      // Development sender: the code goes to the log. Production wires an SMS gateway here.
      sendCode: overrides.sendCode ?? (async (phone, code) => log.info({ phone, code }, 'sign-in code')),
    }),
    storesPlugin,
    customersPlugin,
    catalogPlugin,
    appointmentsPlugin,
    filesPlugin({
      // Unset only where nothing signed outlives the process (schema printing, tests): main.ts
      // always passes one (the setting, or the data directory's generated one).
      secret: config.files.secret ?? randomBytes(32).toString('hex'),
      publicUrl: config.publicUrl,
      ...(config.files.s3 ? { storage: new S3Storage(config.files.s3) } : { directory: config.files.directory }),
    }),
    carePlugin({ integrations: { catalog: true, customers: true, appointments: true } }),
    aftercarePlugin({ integrations: { appointments: true } }),
    messagingPlugin,
  ];
  // Notifications (docs/api/messaging.md): the business events of the plugins above become system
  // messages in the customer's conversation with the store.
  plugins.push(notificationsPluginFor(plugins));
  // Agora (optional, docs/api/agora.md): RTM pushes of the installed plugins' events, calls on
  // care orders and messaging conversations. Without AGORA_* settings it reports "not configured".
  plugins.push(agoraPlugin({ ...config.agora, pushEvents: pushableEvents(plugins), ...agoraHooksFor(plugins) }));
  // Metrics count the events the plugins above declare (delivery, calls, response, complaints,
  // orders, revenue, labour) and read their state for headquarters' view of every store.
  const metrics = metricsPlugin({
    ...config.metrics,
    events: metricEventsDeclaredBy(plugins),
    integrations: metricIntegrationsFor(plugins),
  });
  // Demo history (seed only): weeks of past business through the plugins above, for the charts.
  return [...plugins, metrics, demoHistoryPlugin(config.demoHistoryDays)];
}
