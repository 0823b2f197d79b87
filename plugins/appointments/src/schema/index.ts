import type { Builder } from '@lacewire/core';
import { appointmentNode } from './appointment.ts';
import { bookingMutations } from './booking.ts';
import { appointmentErrorTypes } from './errors.ts';
import { appointmentQueries } from './queries.ts';
import { shiftMutations } from './shifts.ts';
import { appointmentSubscriptions } from './subscriptions.ts';
import { appointmentTypes } from './types.ts';
import { visitChangeMutations } from './visit-changes.ts';

/** Appointments' slice of the schema. */
export function appointmentsSchema(builder: Builder) {
  appointmentErrorTypes(builder);
  const types = appointmentTypes(builder);
  appointmentNode(builder, types);
  appointmentQueries(builder, types);
  shiftMutations(builder, types);
  bookingMutations(builder);
  visitChangeMutations(builder);
  appointmentSubscriptions(builder);
}
