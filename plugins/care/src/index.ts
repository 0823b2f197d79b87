import { definePlugin } from '@lacewire/core';
import { CareSettings, CareStep, ChangeRequest, TimelineEntry, WorkOrder } from './entities.ts';
import { careEvents } from './events.ts';
import { openFromCheckIn } from './intake.ts';
import { pickupReminder } from './jobs.ts';
import { careMessages } from './messages.ts';
import { migrations } from './migrations.ts';
import { careSchema } from './schema/index.ts';
import { seedCare } from './seed.ts';
import { careState } from './state.ts';

export type { ICareStep, IChangeRequest, IWorkOrder, MaterialUse, ServiceLine, ShoeSnapshot } from './entities.ts';
export { InvalidTransitionError, WorkNotApprovedError, WrongPickupCodeError } from './errors.ts';
export { ORDER_EVENT_TYPES } from './events.ts';
export { careText, type Reason } from './messages.ts';
export {
  allowedMoves,
  applicableStages,
  CANCELLED,
  DEFAULT_PIPELINE,
  isWorkStage,
  labelOf,
  ON_HOLD,
  PICKED_UP,
  QUALITY_CHECK,
  READY,
  RECEIVED,
  SERVICE_CATEGORIES,
  type ServiceCategory,
  type Stage,
  stageForCategory,
  validatePipeline,
} from './pipeline.ts';
export { CareStepRef, ChangeRequestRef, WorkOrderRef } from './refs.ts';
export {
  addTimelineEntry,
  advanceOrder,
  answerChangeRequest,
  canSeeOrder,
  finishStep,
  getOrder,
  moveOrder,
  openWorkOrder,
  orderAudience,
  orderFor,
  ordersByIds,
  pickUp,
  raiseChangeRequest,
  reopenForRework,
  reworkOrder,
  type ServiceInput,
  stagesOf,
  startStep,
  totalOf,
} from './services.ts';
export { type CareIntegrations, type CareOptions, type CareSettingsInput, careState } from './state.ts';
export { type StoreWorkload, storeWorkloads } from './workload.ts';

/**
 * Care execution and live progress: a work order per pair, a per-store status pipeline (state
 * machine), care steps with labour and materials, change requests the customer approves before
 * the work is done, pickup by code or QR with reminders, and subscriptions for the customer,
 * one order and the store board.
 *
 *   subscription { myOrderEvents(after: "1234") { cursor type to label order { tagNumber status } changeRequest { id priceMinor } } }
 *   mutation { moveOrder(input: { orderId: "V29ya09yZGVyOi4uLg==", to: "recolouring" }) {
 *     __typename ... on WorkOrder { status } ... on InvalidTransition { message allowed } } }
 *
 * With the catalog installed services and materials come from it (stock goes down); with
 * customers, pairs on file, `Customer.orders` and the front-desk search; with appointments, a
 * check-in opens the work orders. Settings (`createPlatform({ settings: { care: { dayMs } } })`):
 * the length of a reminder "day" (tests shorten it).
 */
export const carePlugin = definePlugin({
  name: 'care',
  requires: ['identity', 'stores', 'files'],
  optional: ['catalog', 'customers', 'appointments'],
  state: careState,
  entities: [WorkOrder, CareStep, ChangeRequest, TimelineEntry, CareSettings],
  messages: careMessages,
  migrations,
  events: careEvents,
  schema: careSchema,
  jobs: { pickupReminder },
  on: { 'appointment.checkedIn': openFromCheckIn },
  seed: seedCare,
});
