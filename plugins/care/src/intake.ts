import type { HandlerContext, LoggedEvent } from '@lacewire/core';
import { WorkOrder } from './entities.ts';
import { linkCustomer, resolveServices, resolveShoe } from './integrations.ts';
import { type CareOptions, openWorkOrder } from './services.ts';

/**
 * `appointment.checkedIn`: the customer is at the counter. One work order per pair brought (one
 * when no pair was named), with the booked services at list price and the booked technician.
 * Runs once per event; an order already opened for the appointment is not opened again.
 */
export async function openFromCheckIn(event: LoggedEvent, ctx: HandlerContext, options: CareOptions) {
  const p = event.payload as {
    appointmentId: string;
    storeId: string;
    customerId: string;
    technicianId: string;
    serviceIds: string[];
    shoeIds: string[];
    checkedInBy: string;
  };
  if (await ctx.em.count(WorkOrder, { appointmentId: p.appointmentId })) return;
  const services = await resolveServices(
    ctx.em,
    p.storeId,
    p.serviceIds.map((serviceId) => ({ serviceId })),
    options.integrations.catalog,
  );
  const shoeIds = p.shoeIds.length ? p.shoeIds : [null];
  for (const shoeId of shoeIds) {
    const unknown = { brand: '待登记', model: null, colour: null, material: null, size: null };
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
    });
  }
  await linkCustomer(ctx, p.customerId, p.storeId, options.integrations.customers);
}
