import { type EventHandlers, InvalidInputError, type Tx, type Viewer } from '@lacewire/core';
import { type IWorkOrder, type ShoeSnapshot, WorkOrder } from './entities.ts';
import { linkCustomer, resolveServices, resolveShoe, type ServiceDraft } from './integrations.ts';
import { careText } from './messages.ts';
import {
  ACTIVE,
  checkPromise,
  checkServices,
  ids,
  openWorkOrder,
  orderAudience,
  record,
  requireNoActiveOrder,
  requireTechnician,
} from './services.ts';
import { type CareOptions, careState } from './state.ts';

/** The description a check-in gives a pair nobody has registered yet. */
export const UNREGISTERED = '待登记';

/**
 * `appointment.checkedIn`: the customer is at the counter. One order per pair brought (one when
 * no pair was named), with the booked services at list price and the booked technician, waiting
 * for the clerk to complete intake (completeIntake) — the same order, never a second one. A pair
 * already in the shop on another order gets no new one. Runs once per event.
 */
export const openFromCheckIn: NonNullable<EventHandlers['appointment.checkedIn']> = async (event, ctx) => {
  const p = event.payload;
  const options = careState.of(ctx.runtime);
  if (await ctx.em.count(WorkOrder, { appointmentId: p.appointmentId })) return;
  const services = await resolveServices(
    ctx.em,
    p.storeId,
    p.serviceIds.map((serviceId) => ({ serviceId })),
    options.integrations.catalog,
  );
  const shoeIds = p.shoeIds.length ? p.shoeIds : [null];
  for (const shoeId of shoeIds) {
    if (shoeId && (await ctx.em.count(WorkOrder, { shoeId, status: ACTIVE }))) continue;
    const unknown = { brand: UNREGISTERED, model: null, colour: null, material: null, size: null };
    const shoe = shoeId
      ? await resolveShoe(ctx.em, p.customerId, shoeId, null, options.integrations.customers).catch(() => unknown)
      : unknown;
    await openWorkOrder(ctx, p.checkedInBy, {
      storeId: p.storeId,
      customerId: p.customerId,
      shoeId,
      shoe,
      services,
      technicianId: p.technicianId || null,
      appointmentId: p.appointmentId,
      awaitingIntake: true,
    });
  }
  await linkCustomer(ctx, p.customerId, p.storeId, options.integrations.customers);
};

export interface CompleteIntakeInput {
  shoeId?: string | null;
  shoe?: Partial<ShoeSnapshot> | null;
  services?: ServiceDraft[] | null;
  technicianId?: string | null;
  promisedAt?: Date | null;
  conditionNotes?: string | null;
  intakePhotoIds: string[];
}

/**
 * The clerk completes the order a check-in opened: registers or picks the pair, photos, condition
 * notes, services and prices (the booked ones when left out), promised date and technician.
 */
export async function completeIntake(
  tx: Tx,
  viewer: Viewer,
  order: IWorkOrder,
  input: CompleteIntakeInput,
  options: CareOptions,
) {
  if (order.intakeCompletedAt) {
    throw new InvalidInputError('Intake of this order is complete; change it with editWorkOrder.', 'orderId');
  }
  if (order.status !== 'received') {
    throw new InvalidInputError('Intake is completed before work starts.', 'orderId');
  }
  const shoeId = input.shoeId ?? order.shoeId ?? null;
  const typed = input.shoe ?? (input.shoeId || order.shoe.brand === UNREGISTERED ? null : order.shoe);
  order.shoe = await resolveShoe(tx.em, order.customerId, shoeId, typed, options.integrations.customers);
  if (shoeId && shoeId !== order.shoeId) await requireNoActiveOrder(tx, shoeId, order.id);
  order.shoeId = shoeId;
  if (input.services) {
    const services = await resolveServices(tx.em, order.storeId, input.services, options.integrations.catalog);
    checkServices(services);
    order.services = services.map((s) => ({ ...s, serviceId: s.serviceId ?? null, state: 'quoted', changeRequestId: null }));
  }
  if (input.technicianId) {
    await requireTechnician(tx.em, order.storeId, input.technicianId);
    order.technicianId = input.technicianId;
  }
  if (input.promisedAt !== undefined) {
    checkPromise(input.promisedAt, tx.now());
    order.promisedAt = input.promisedAt;
  }
  if (input.conditionNotes !== undefined) order.conditionNotes = input.conditionNotes;
  order.intakePhotoIds = [...new Set([...order.intakePhotoIds, ...input.intakePhotoIds])];
  order.intakeCompletedAt = tx.now();
  record(tx, order, {
    kind: 'intakeCompleted',
    message: careText('intakeCompleted', { brand: order.shoe.brand }),
    actorId: viewer.accountId,
  });
  tx.emit('order.updated', { ...ids(order), what: 'intake' }, orderAudience(order));
  return order;
}
