import type { JobHandler } from '@lacewire/core';
import { type CareOptions, sendPickupReminder } from './services.ts';

export function careJobs(options: CareOptions): Record<string, JobHandler> {
  return {
    /** `care.pickupReminder`: the pair is still waiting; remind, and schedule the next one. */
    pickupReminder: async (payload, ctx) => ctx.tx((tx) => sendPickupReminder(tx, String(payload.orderId), options)),
  };
}
