import type { JobHandler } from '@lacewire/core';
import { sendReminder } from './services.ts';

/** `appointments.remind`: durable, keyed by appointment and offset (see scheduleReminders). */
export const remind: JobHandler = async (payload, ctx) => {
  await ctx.tx((tx) => sendReminder(tx, payload as { appointmentId: string; offsetMinutes: number; startsAt: string }));
};
