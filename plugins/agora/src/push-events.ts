/**
 * Event types of other plugins that are also pushed over RTM to everyone in their audience.
 * Adding one is a one-line change here. The server passes only the types whose plugin is
 * installed (see `pushableEvents`); this plugin's own call events are always pushed.
 */
export const DEFAULT_PUSHED_EVENTS: string[] = [
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
];

/** The types of `wanted` that some installed plugin declares (an `on` handler needs its emitter). */
export function pushableEvents(
  plugins: readonly { events?: Record<string, unknown> }[],
  wanted: readonly string[] = DEFAULT_PUSHED_EVENTS,
): string[] {
  const declared = new Set(plugins.flatMap((p) => Object.keys(p.events ?? {})));
  return wanted.filter((type) => declared.has(type));
}
