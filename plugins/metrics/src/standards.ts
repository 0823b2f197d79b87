import { servicesByIds } from '@lacewire/plugin-catalog';
import type { StandardDurations } from './labour.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The catalog's standard duration of each service (used when the catalog plugin is installed). */
export const catalogStandards: StandardDurations = async (em, serviceIds) => {
  // Service lines typed by staff carry no catalog id.
  const found = await servicesByIds(
    em,
    serviceIds.filter((id) => UUID.test(id)),
  );
  return new Map(found.flatMap((s) => (s ? [[s.id, s.durationMinutes] as const] : [])));
};
