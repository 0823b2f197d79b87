import type { JobHandler } from '@lacewire/core';
import { checkSla, followUpDue } from './services.ts';

export const aftercareJobs: Record<string, JobHandler> = {
  /** `aftercare.slaCheck`: flags a complaint that missed its first-response or resolution target. */
  slaCheck: async (payload, ctx) =>
    ctx.tx((tx) => checkSla(tx, String(payload.complaintId), payload.target as 'firstResponse' | 'resolution')),
  /** `aftercare.followUpDue`: the check-in call is due; the store's staff see it. */
  followUpDue: async (payload, ctx) => ctx.tx((tx) => followUpDue(tx, String(payload.taskId))),
};
