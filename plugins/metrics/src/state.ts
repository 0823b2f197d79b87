import { pluginState } from '@lacewire/core';
import { type MetricsConfig, resolveMetricsConfig } from './config.ts';
import { createInstrumentation } from './instrumentation.ts';

declare module '@lacewire/core' {
  interface PluginSettings {
    metrics: Partial<MetricsConfig>;
  }
}

/** Metrics on one platform: its settings and this instance's in-process measurements (Prometheus, API latency). */
export const metricsState = pluginState('metrics', (runtime, settings) => {
  const config = resolveMetricsConfig(settings);
  return { config, instrumentation: createInstrumentation(runtime, config) };
});
