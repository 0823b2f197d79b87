import { definePlugin } from '@lacewire/core';
import {
  Acceptance,
  AftercareSettings,
  Complaint,
  ComplaintAssignment,
  ComplaintUpdate,
  FollowUpTask,
  Review,
} from './entities.ts';
import { aftercareEvents } from './events.ts';
import { aftercareJobs } from './jobs.ts';
import { aftercareMessages } from './messages.ts';
import { migrations } from './migrations.ts';
import { aftercareSchema } from './schema/index.ts';
import { scheduleFollowUp } from './services.ts';
import { aftercareState } from './state.ts';

export { type ComplaintLoad, complaintLoads } from './complaint-load.ts';
export type { AftercareOptions } from './config.ts';
export type { DispatchRule, IAcceptance, IComplaint, IFollowUpTask, IReview, Mark } from './entities.ts';
export { AlreadyReviewedError, InvalidComplaintTransitionError } from './errors.ts';
export { AcceptanceRef, ComplaintRef, FollowUpTaskRef, ReviewRef } from './refs.ts';
export {
  checkSla,
  completeFollowUp,
  DEFAULT_RULES,
  dispatch,
  listFollowUps,
  postReview,
  replyToReview,
  submitComplaint,
  updateComplaint,
} from './services.ts';
export { aftercareState } from './state.ts';

/**
 * After-sales: remote acceptance (accept, or mark rectangles on the photos → rework), reviews with
 * staff replies, complaints dispatched by rule with SLA targets, follow-up calls after pickup.
 *
 *   mutation { answerAcceptance(input: { acceptanceId: "…", accept: false, comment: "鞋头补色不均",
 *     marks: [{ photoId: "…", x: 120, y: 80, width: 60, height: 40, comment: "这里颜色偏浅" }] }) {
 *     __typename ... on Acceptance { status order { status } } ... on Error { message } } }
 *
 * Settings (`createPlatform({ settings: { aftercare: { minuteMs, dayMs } } })`, optional): the
 * length of an SLA minute and of a follow-up day, which tests shorten. Customers and appointments
 * are optional: with customers a customer's profile lists their complaints; with appointments
 * (which brings customers and catalog) `rebookOrder` books an order's services again.
 */
export const aftercarePlugin = definePlugin({
  name: 'aftercare',
  requires: ['identity', 'stores', 'files', 'care'],
  optional: ['customers', 'appointments'],
  state: aftercareState,
  entities: [Acceptance, Review, Complaint, ComplaintUpdate, ComplaintAssignment, AftercareSettings, FollowUpTask],
  migrations,
  events: aftercareEvents,
  messages: aftercareMessages,
  features: {
    remoteAcceptance: {
      description: 'Remote acceptance: the shop sends photos and video; the customer accepts or marks what to redo.',
      defaultEnabled: true,
    },
  },
  schema: aftercareSchema,
  on: {
    // A check-in call some days after the pair went home.
    'order.pickedUp': async (event, ctx) => {
      await scheduleFollowUp(ctx, event.payload, aftercareState.of(ctx.runtime));
    },
  },
  jobs: aftercareJobs,
});
