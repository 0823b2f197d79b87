import { objectRef } from '@lacewire/core';
import type { IAppointment } from './entities.ts';

/** The Appointment type, for plugins that link to it (a work order's appointment). */
export const AppointmentRef = objectRef<IAppointment>('Appointment');
