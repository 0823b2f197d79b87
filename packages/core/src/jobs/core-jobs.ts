import { expireIdempotencyKeys } from '../idempotency.ts';
import type { PluginDefinition } from '../plugin.ts';

/** The core's own housekeeping, run by the job worker like a plugin's jobs (`core.<name>`). */
export const coreJobs: PluginDefinition = {
  name: 'core',
  jobs: {
    expireIdempotencyKeys: async (_payload, ctx) => ctx.tx((tx) => expireIdempotencyKeys(tx.em)),
  },
  schedules: { expireIdempotencyKeys: '23 * * * *' },
};
