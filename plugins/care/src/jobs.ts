import type { JobHandler } from '@lacewire/core';
import { sendPickupReminder } from './services.ts';
import { careState } from './state.ts';

/** `care.pickupReminder`: the pair is still waiting; remind, and schedule the next one. */
export const pickupReminder: JobHandler = async (payload, ctx) =>
  ctx.tx((tx) => sendPickupReminder(tx, String(payload.orderId), careState.of(ctx.runtime)));
