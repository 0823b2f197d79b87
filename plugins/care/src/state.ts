import { pluginState } from '@lacewire/core';

declare module '@lacewire/core' {
  interface PluginSettings {
    care: CareSettingsInput;
  }
}

/** What the server may set for care (`createPlatform({ settings: { care: { … } } })`). */
export interface CareSettingsInput {
  /** Length of a "day" for pickup reminders; tests shorten it. */
  dayMs?: number;
}

/** The optional plugins care works with, as installed on this platform. */
export interface CareIntegrations {
  /** Services by catalog id (name, category, price), materials out of catalog stock. */
  catalog: boolean;
  /** The pair on file (Shoe), the customer linked to the store, `Customer.orders`. */
  customers: boolean;
  /** `appointment.checkedIn` opens work orders. */
  appointments: boolean;
}

/** Care on one platform: its settings and which optional plugins are installed. */
export interface CareOptions {
  dayMs: number;
  integrations: CareIntegrations;
}

export const DAY_MS = 24 * 3600_000;

export const careState = pluginState(
  'care',
  (runtime, settings): CareOptions => ({
    dayMs: settings?.dayMs ?? DAY_MS,
    integrations: {
      catalog: runtime.has('catalog'),
      customers: runtime.has('customers'),
      appointments: runtime.has('appointments'),
    },
  }),
);
