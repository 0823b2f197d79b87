import type { JobHandler } from '@lacewire/core';
import { deliverDelayed } from './services.ts';

export const jobs: Record<string, JobHandler> = {
  /** Delivers a notification that waited for the end of quiet hours. */
  deliver: async (payload, ctx) => ctx.tx((tx) => deliverDelayed(tx, String(payload.deliveryId))),
};
