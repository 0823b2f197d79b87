import type { EventHandlers, EventName, HandlerContext, LoggedEvent } from '@lacewire/core';
import { fanOut } from './push/fanout.ts';
import { agoraState } from './state.ts';

/**
 * The `on` handler that pushes an event over RTM to everyone in its audience (durable, retried,
 * deduplicated), once Agora is configured and `rtm-push` is on for the event's store. A plugin
 * pushes its own events by handling them with it: `on: { 'x.happened': pushOverRtm }` (with agora installed).
 */
export async function pushOverRtm(event: LoggedEvent<unknown>, ctx: HandlerContext): Promise<void> {
  if (!agoraState.of(ctx.runtime).capabilities.push) return;
  await fanOut(event, ctx, (storeId) => ctx.runtime.featureEnabled(ctx.em, storeId, 'rtm-push'));
}

/**
 * What is pushed over RTM: this plugin's call events and the business events of messaging, care,
 * aftercare and appointments (the handlers of those not installed are left out by the platform).
 * Adding one is a one-line change here.
 */
export const PUSHED_EVENTS = [
  // calls
  'agora.callInvited',
  'agora.callAccepted',
  'agora.callDeclined',
  'agora.callMissed',
  'agora.callEnded',
  'agora.callRecordingAttached',
  // messaging
  'message.sent',
  'message.recalled',
  // care
  'order.statusChanged',
  'order.changeRequested',
  'order.pickupReminder',
  // aftercare
  'acceptance.requested',
  'complaint.statusChanged',
  'followUp.due',
  // appointments
  'appointment.confirmed',
  'appointment.rescheduled',
  'appointment.cancelled',
  'appointment.reminded',
] as const satisfies readonly EventName[];

export const pushHandlers: EventHandlers = Object.fromEntries(PUSHED_EVENTS.map((type) => [type, pushOverRtm]));
