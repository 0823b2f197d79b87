import { maintainEventLog } from '../events/retention.ts';
import { expireIdempotencyKeys } from '../idempotency.ts';
import type { PluginDefinition } from '../plugin.ts';

/**
 * The core's own housekeeping, run by the job worker like a plugin's jobs (`core.<name>`):
 * the event log's partitions and retention, and expired idempotency keys.
 */
export function coreJobs(eventRetentionDays: number | null, consumers: string[]): PluginDefinition {
  return {
    name: 'core',
    jobs: {
      eventLogMaintenance: async (_payload, { runtime }) => maintainEventLog(runtime, eventRetentionDays, consumers),
      expireIdempotencyKeys: async (_payload, ctx) => ctx.tx((tx) => expireIdempotencyKeys(tx.em)),
    },
    schedules: { eventLogMaintenance: '7 * * * *', expireIdempotencyKeys: '23 * * * *' },
  };
}
