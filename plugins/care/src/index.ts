import { definePlugin } from '@lacewire/core';
import { CareSettings, CareStep, ChangeRequest, TimelineEntry, WorkOrder } from './entities.ts';
import { careEvents } from './events.ts';
import { openFromCheckIn } from './intake.ts';
import { type CareIntegrations, catalogStock, NO_INTEGRATIONS } from './integrations.ts';
import { careJobs } from './jobs.ts';
import { careMessages } from './messages.ts';
import { migrations } from './migrations.ts';
import { careSchema } from './schema.ts';
import { seedCare } from './seed.ts';
import { bindCare, type CareOptions, DEFAULT_CARE_OPTIONS } from './services.ts';

export type { ICareStep, IChangeRequest, IWorkOrder, MaterialUse, ServiceLine, ShoeSnapshot } from './entities.ts';
export { InvalidTransitionError, WorkNotApprovedError, WrongPickupCodeError } from './errors.ts';
export { ORDER_EVENT_TYPES } from './events.ts';
export { toUuid } from './ids.ts';
export type { CareIntegrations } from './integrations.ts';
export { careText, type Reason } from './messages.ts';
export * from './pipeline.ts';
export { CareStepRef, ChangeRequestRef, WorkOrderRef } from './refs.ts';
export {
  addTimelineEntry,
  advanceOrder,
  answerChangeRequest,
  type CareOptions,
  canSeeOrder,
  careOptionsOf,
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
  type StockConsumer,
  stagesOf,
  startStep,
  totalOf,
} from './services.ts';
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
 */
export function carePlugin(
  options: Partial<Omit<CareOptions, 'integrations'>> & { integrations?: Partial<CareIntegrations> } = {},
) {
  const integrations: CareIntegrations = { ...NO_INTEGRATIONS, ...options.integrations };
  if (integrations.appointments && !(integrations.catalog && integrations.customers)) {
    throw new Error('carePlugin: the appointments integration needs the catalog and customers integrations too.');
  }
  const config: CareOptions = {
    ...DEFAULT_CARE_OPTIONS,
    ...options,
    integrations,
    stock: options.stock ?? (integrations.catalog ? catalogStock : null),
  };
  const requires = ['identity', 'stores', 'files'];
  if (integrations.catalog) requires.push('catalog');
  if (integrations.customers) requires.push('customers');
  if (integrations.appointments) requires.push('appointments');
  return definePlugin({
    name: 'care',
    requires,
    entities: [WorkOrder, CareStep, ChangeRequest, TimelineEntry, CareSettings],
    messages: careMessages,
    migrations,
    events: careEvents,
    schema: (builder) => careSchema(builder, config),
    jobs: careJobs(config),
    on: integrations.appointments ? { 'appointment.checkedIn': (event, ctx) => openFromCheckIn(event, ctx, config) } : {},
    seed: async (ctx) => {
      bindCare(ctx.runtime, config);
      await seedCare(ctx, config);
    },
    setup: (runtime) => bindCare(runtime, config),
  });
}
