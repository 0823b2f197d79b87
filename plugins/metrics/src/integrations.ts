import type { PluginDefinition } from '@lacewire/core';
import { servicesByIds } from '@lacewire/plugin-catalog';
import type { StandardDurations } from './labour.ts';

/**
 * Optional links to the plugins whose state the owner's view and the labour statistics read (through
 * their exported functions): each on when that plugin is installed, so metrics also runs on its own.
 */
export interface MetricsIntegrations {
  /** Orders in progress, overdue, waiting for the customer; `WorkOrder` on labour rows. */
  care: boolean;
  /** Open complaints and those past their SLA. */
  aftercare: boolean;
  /** Today's appointments. */
  appointments: boolean;
  /** Each service's standard duration (labour against standard). */
  catalog: boolean;
}

export const NO_INTEGRATIONS: MetricsIntegrations = { care: false, aftercare: false, appointments: false, catalog: false };

/** The integrations the listed plugins allow (pass the server's plugin list). */
export function metricIntegrationsFor(plugins: readonly PluginDefinition[]): MetricsIntegrations {
  const names = new Set(plugins.map((p) => p.name));
  return {
    care: names.has('care'),
    aftercare: names.has('aftercare'),
    appointments: names.has('appointments'),
    catalog: names.has('catalog'),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const catalogStandards: StandardDurations = async (em, serviceIds) => {
  // Service lines typed by staff carry no catalog id.
  const found = await servicesByIds(
    em,
    serviceIds.filter((id) => UUID.test(id)),
  );
  return new Map(found.flatMap((s) => (s ? [[s.id, s.durationMinutes] as const] : [])));
};
