import { objectRef } from '@lacewire/core';
import type { IAppointment, IShiftException } from './entities.ts';

/** The Appointment type, for plugins that link to it (a work order's appointment). */
export const AppointmentRef = objectRef<IAppointment>('Appointment');
export const ShiftExceptionRef = objectRef<IShiftException>('ShiftException');
