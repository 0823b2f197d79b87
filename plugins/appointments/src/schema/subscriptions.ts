import type { Builder } from '@lacewire/core';
import { StoreRef } from '@lacewire/plugin-stores';
import { APPOINTMENT_EVENT_TYPES } from '../events.ts';
import { AppointmentRef } from '../refs.ts';
import { appointmentsByIds, canSeeAppointment } from '../services.ts';

interface AppointmentEventShape {
  cursor: string;
  type: string;
  at: Date;
  appointmentId: string;
  offsetMinutes: number | null;
}

/** Live appointment changes, filtered by what the viewer may see. */
export function appointmentSubscriptions(builder: Builder) {
  const AppointmentEvent = builder.objectRef<AppointmentEventShape>('AppointmentEvent').implement({
    description: 'A change to an appointment. Keep `cursor`; resubscribe with `after: cursor` to get what you missed.',
    fields: (t) => ({
      cursor: t.exposeString('cursor'),
      type: t.exposeString('type', {
        description: 'appointment.booked | confirmed | rescheduled | cancelled | reminded | checkedIn | noShow',
      }),
      at: t.field({ type: 'DateTime', resolve: (e) => e.at }),
      offsetMinutes: t.exposeInt('offsetMinutes', { nullable: true, description: 'For reminders: how long before the start.' }),
      appointment: t.field({
        type: AppointmentRef,
        nullable: true,
        description: 'The appointment as it is now (null if the viewer may no longer see it).',
        resolve: async (e, _a, ctx) => {
          const [a] = await appointmentsByIds(ctx.em, [e.appointmentId]);
          return a && canSeeAppointment(ctx.viewer, a) ? a : null;
        },
      }),
    }),
  });

  builder.subscriptionField('appointmentEvents', (t) =>
    t.field({
      type: AppointmentEvent,
      description:
        "Appointment changes the viewer may see: a customer's own; the store's for clerks and admins; a technician's assigned.",
      authScopes: { signedIn: true },
      args: {
        after: t.arg.string({ required: false }),
        storeId: t.arg.globalID({ required: false, for: StoreRef }),
        appointmentId: t.arg.globalID({ required: false, for: AppointmentRef }),
      },
      subscribe: (_r, args, ctx) =>
        ctx.runtime.subscribe(ctx.viewer, {
          after: args.after,
          types: APPOINTMENT_EVENT_TYPES,
          filter: (e) =>
            (!args.storeId || e.payload.storeId === args.storeId.id) &&
            (!args.appointmentId || e.payload.appointmentId === args.appointmentId.id),
        }),
      resolve: (e: any): AppointmentEventShape => ({
        cursor: e.id,
        type: e.type,
        at: e.at,
        appointmentId: e.payload.appointmentId,
        offsetMinutes: e.payload.offsetMinutes ?? null,
      }),
    }),
  );
}
