import { DomainError } from '@lacewire/core';
import { bookAppointment, checkInAppointment, markNoShow } from '@lacewire/plugin-appointments';
import type { ICatalogService } from '@lacewire/plugin-catalog';
import { minutes } from './calendar.ts';
import type { Person, StoreCast, Technician } from './cast.ts';
import { type OrderRef, type OrderWorld, openAct } from './orders.ts';

export interface Visit {
  customer: Person;
  services: ICatalogService[];
  technician: Technician;
  startsAt: number;
  bookedAt: number;
  /** Booked by the customer in the portal (the store has online booking) or by a clerk on the phone. */
  online: boolean;
  noShow: boolean;
  promisedAt: number;
}

/**
 * A booked visit: the booking (days before), then at its time the customer checks in and hands the
 * pair over, or does not come. A booking the slots refuse (taken meanwhile) becomes a walk-in.
 */
export function planVisit(world: OrderWorld, store: StoreCast, ref: OrderRef, visit: Visit): void {
  const { timeline } = world;
  const booked = { id: null as string | null };
  timeline.add(visit.bookedAt, async () => {
    booked.id = await book(world, store, visit);
  });
  if (visit.noShow) {
    timeline.add(visit.startsAt + minutes(45), async (tx) => {
      if (booked.id) await markNoShow(tx, booked.id);
    });
    return;
  }
  // The clerk checks the customer in and takes the pair in at once (full intake): the order the
  // care plugin would open from the check-in then exists already.
  const intake = openAct(world, store, ref, visit);
  timeline.add(visit.startsAt, async (tx) => {
    if (booked.id) await checkInAppointment(tx, booked.id, store.clerk.id);
    await intake(tx, booked.id);
  });
}

/** The booking in a savepoint of the hour's transaction: a refused one leaves the other acts alone. */
async function book(world: OrderWorld, store: StoreCast, visit: Visit): Promise<string | null> {
  try {
    const appointment = await world.savepoint((tx) =>
      bookAppointment(tx, {
        storeId: store.id,
        customerId: visit.customer.id,
        serviceIds: visit.services.map((s) => s.id),
        startsAt: new Date(visit.startsAt),
        technicianId: visit.technician.id,
        online: visit.online,
        createdBy: visit.online ? visit.customer.id : store.clerk.id,
      }),
    );
    return appointment.id;
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}
