/**
 * Event types of other plugins that are also pushed over RTM to everyone in their audience.
 * Adding one is a one-line change here (the plugin that declares it must be registered).
 * This plugin's own call events are always pushed (see OWN_PUSHED_EVENTS).
 */
export const DEFAULT_PUSHED_EVENTS: string[] = [
  // messaging: 'message.sent',
  // care: 'order.statusChanged', 'order.changeRequested',
  // aftercare: ...
];
