import { definePlugin } from '@lacewire/core';
import { customerHistorySchema } from './customer-history.ts';
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
import { rebookSchema } from './rebook.ts';
import { aftercareSchema } from './schema.ts';
import { type AftercareOptions, DEFAULT_AFTERCARE_OPTIONS, scheduleFollowUp } from './services.ts';

export { type ComplaintLoad, complaintLoads } from './complaint-load.ts';
export type { DispatchRule, IAcceptance, IComplaint, IFollowUpTask, IReview, Mark } from './entities.ts';
export { AlreadyReviewedError, InvalidComplaintTransitionError } from './errors.ts';
export { AcceptanceRef, ComplaintRef, FollowUpTaskRef, ReviewRef } from './refs.ts';
export {
  type AftercareOptions,
  checkSla,
  completeFollowUp,
  DEFAULT_AFTERCARE_OPTIONS,
  DEFAULT_RULES,
  dispatch,
  listFollowUps,
  postReview,
  replyToReview,
  submitComplaint,
  updateComplaint,
} from './services.ts';

/**
 * After-sales: remote acceptance (accept, or mark rectangles on the photos → rework), reviews with
 * staff replies, complaints dispatched by rule with SLA targets, follow-up calls after pickup.
 *
 *   mutation { answerAcceptance(input: { acceptanceId: "…", accept: false, comment: "鞋头补色不均",
 *     marks: [{ photoId: "…", x: 120, y: 80, width: 60, height: 40, comment: "这里颜色偏浅" }] }) {
 *     __typename ... on Acceptance { status order { status } } ... on Error { message } } }
 */
export function aftercarePlugin(options: Partial<AftercareOptions> & { integrations?: { appointments?: boolean } } = {}) {
  const config: AftercareOptions = { ...DEFAULT_AFTERCARE_OPTIONS, ...options };
  const withAppointments = options.integrations?.appointments ?? false;
  return definePlugin({
    name: 'aftercare',
    requires: ['identity', 'stores', 'files', 'care', ...(withAppointments ? ['customers', 'catalog', 'appointments'] : [])],
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
    schema: (builder) => {
      aftercareSchema(builder, config);
      if (withAppointments) {
        rebookSchema(builder);
        customerHistorySchema(builder);
      }
    },
    on: {
      // A check-in call some days after the pair went home.
      'order.pickedUp': async (event, ctx) => {
        await scheduleFollowUp(ctx, event.payload, config);
      },
    },
    jobs: aftercareJobs,
  });
}
