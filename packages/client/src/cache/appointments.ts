import { gql } from '@urql/core';
import type { Cache, FieldInfo } from '@urql/exchange-graphcache';
import { globalId, localId } from '../ids.ts';
import type { AppliedEvent, Appliers } from './apply.ts';
import { type Change, entityApplier, keyOf } from './entities.ts';
import { type ListRules, listsCouldHold, placeInLists } from './lists.ts';
import { viewerRoles } from './viewer.ts';

/** An appointment as the console's calendar and the customer's bookings show it. */
export const APPOINTMENT_CARD = gql`
  query LacewireAppointment($id: ID!) {
    node(id: $id) {
      __typename
      ... on Appointment {
        id
        startsAt
        endsAt
        local
        status
        source
        note
        priceMinor
        currency
        technicianId
        technicianName
        checkedInAt
        cancelledAt
        cancelReason
        customer {
          id
          name
          phone
        }
        services {
          id
          name
        }
        store {
          id
          name
          timeZone
          bookingSettings {
            cancelCutoffMinutes
          }
        }
      }
    }
  }
`;

interface Facts {
  storeId: string;
  technicianId: string;
  status: string;
  startsAt: number;
}

const inRange = (args: Record<string, any>, at: number) =>
  (!args.from || at >= Date.parse(String(args.from))) && (!args.to || at < Date.parse(String(args.to)));

/** The store's appointments by start time (`Store.appointments`, paged); technicians see their own. */
const STORE_APPOINTMENTS: ListRules<Facts> = {
  appointments: {
    at: 'end',
    belongs(args, a, cache) {
      if (!inRange(args, a.startsAt)) return false;
      if (args.statuses && !args.statuses.includes(a.status)) return false;
      if (args.technicianId && localId(String(args.technicianId)) !== a.technicianId) return false;
      const viewer = viewerRoles(cache, a.storeId);
      if (!viewer) return undefined;
      return !viewer.technicianOnly || viewer.accountId === a.technicianId;
    },
  },
};

/** The customer's appointments (`Customer.appointments`), by start time; `upcoming`: not yet started. */
const CUSTOMER_APPOINTMENTS: ListRules<Facts> = {
  appointments: { at: 'end', belongs: (args, a) => !args.upcoming || a.startsAt >= Date.now() },
};

/** Fields each event changes beyond its payload's time, technician and status. */
const CHANGES: Record<string, string[]> = {
  // The one who booked holds it already (the mutation's answer); elsewhere it is new and fetched.
  'appointment.booked': [],
  'appointment.confirmed': [],
  'appointment.reminded': [],
  'appointment.noShow': [],
  'appointment.cancelled': ['cancelledAt', 'cancelReason'],
  'appointment.checkedIn': ['checkedInAt'],
  'appointment.rescheduled': ['local'],
};

function change(event: AppliedEvent): Change {
  const p = event.payload;
  const stale = CHANGES[event.type];
  const newTechnician = p.previousTechnicianId !== undefined && p.previousTechnicianId !== p.technicianId;
  return {
    // Events carry local ids; the Appointment's technicianId is the account's global id.
    values: {
      startsAt: p.startsAt,
      endsAt: p.endsAt,
      status: p.status,
      technicianId: globalId('Account', String(p.technicianId)),
    },
    stale: stale && newTechnician ? [...stale, 'technicianName'] : stale,
  };
}

const facts = (event: AppliedEvent): Facts => ({
  storeId: String(event.payload.storeId),
  technicianId: String(event.payload.technicianId),
  status: String(event.payload.status),
  startsAt: Date.parse(String(event.payload.startsAt)),
});

/** The calendar's pages whose range holds the appointment's start. */
const covering = (event: AppliedEvent) => (f: FieldInfo) =>
  inRange(f.arguments ?? {}, Date.parse(String(event.payload.startsAt)));

const parents = (cache: Cache, event: AppliedEvent) => ({
  store: keyOf(cache, 'Store', String(event.payload.storeId)),
  customer: keyOf(cache, 'Customer', String(event.payload.customerId)),
});

const appointments = entityApplier({
  typename: 'Appointment',
  card: APPOINTMENT_CARD,
  id: (p) => p.appointmentId,
  change,
  place(cache, key, event, placement) {
    const { store, customer } = parents(cache, event);
    const inStore = placeInLists(cache, store, key, STORE_APPOINTMENTS, facts(event), placement);
    return placeInLists(cache, customer, key, CUSTOMER_APPOINTMENTS, facts(event), placement) && inStore;
  },
  couldHold(cache, event) {
    const { store, customer } = parents(cache, event);
    return (
      listsCouldHold(cache, store, STORE_APPOINTMENTS, covering(event)) || listsCouldHold(cache, customer, CUSTOMER_APPOINTMENTS)
    );
  },
});

export const appointmentAppliers: Appliers = { 'appointment.*': appointments };
