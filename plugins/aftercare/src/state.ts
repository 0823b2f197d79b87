import { pluginState } from '@lacewire/core';
import { type AftercareOptions, DEFAULT_AFTERCARE_OPTIONS } from './config.ts';

declare module '@lacewire/core' {
  interface PluginSettings {
    aftercare: Partial<AftercareOptions>;
  }
}

/** Aftercare on one platform: the lengths of its SLA minutes and follow-up days. */
export const aftercareState = pluginState(
  'aftercare',
  (_runtime, settings): AftercareOptions => ({ ...DEFAULT_AFTERCARE_OPTIONS, ...settings }),
);
