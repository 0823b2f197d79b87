import { z } from 'zod';

const base = { storeId: z.string(), customerId: z.string() };

export const aftercareEvents = {
  'acceptance.requested': z.object({ ...base, acceptanceId: z.string(), orderId: z.string(), round: z.number() }),
  'acceptance.answered': z.object({
    ...base,
    acceptanceId: z.string(),
    orderId: z.string(),
    accepted: z.boolean(),
    marks: z.number(),
  }),
  'review.posted': z.object({ ...base, reviewId: z.string(), orderId: z.string(), rating: z.number() }),
  'review.replied': z.object({ ...base, reviewId: z.string(), orderId: z.string() }),
  'complaint.submitted': z.object({ ...base, complaintId: z.string(), assigneeId: z.string().nullable(), severity: z.string() }),
  'complaint.statusChanged': z.object({
    ...base,
    complaintId: z.string(),
    from: z.string(),
    to: z.string(),
    note: z.string().nullable(),
  }),
  'complaint.assigned': z.object({
    ...base,
    complaintId: z.string(),
    fromAssigneeId: z.string().nullable(),
    toAssigneeId: z.string(),
    byId: z.string(),
  }),
  'complaint.slaBreached': z.object({ ...base, complaintId: z.string(), target: z.enum(['firstResponse', 'resolution']) }),
  'followUp.due': z.object({ ...base, taskId: z.string(), orderId: z.string(), kind: z.string() }),
  'followUp.done': z.object({ ...base, taskId: z.string(), orderId: z.string() }),
};

type Payloads = { [K in keyof typeof aftercareEvents]: z.infer<(typeof aftercareEvents)[K]> };
declare module '@lacewire/core' {
  interface EventMap extends Payloads {}
}

export const ACCEPTANCE_EVENT_TYPES = ['acceptance.requested', 'acceptance.answered'];
export const COMPLAINT_EVENT_TYPES = [
  'complaint.submitted',
  'complaint.statusChanged',
  'complaint.assigned',
  'complaint.slaBreached',
];
