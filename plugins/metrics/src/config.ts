/** Settings of the metrics plugin (the server reads them from the environment). */
export interface MetricsConfig {
  /** A message counts as delivered when a recipient's receipt arrives within this window (METRICS_DELIVERY_WINDOW_MS). */
  deliveryWindowMs: number;
  /** Bearer token for the Prometheus endpoint (METRICS_TOKEN); without it `/metrics` answers 404. */
  token: string | null;
  /** How often this instance writes its API latency histograms to the database. */
  flushIntervalMs: number;
  /** Undelivered messages are forgotten after this many days (they stay counted as not delivered). */
  pendingRetentionDays: number;
}

export const DEFAULT_METRICS_CONFIG: MetricsConfig = {
  deliveryWindowMs: 5000,
  token: null,
  flushIntervalMs: 10_000,
  pendingRetentionDays: 30,
};

export function resolveMetricsConfig(input: Partial<MetricsConfig> = {}): MetricsConfig {
  const clean = Object.fromEntries(
    Object.entries(input).filter(([, v]) => v !== undefined && v !== ''),
  ) as Partial<MetricsConfig>;
  const config = { ...DEFAULT_METRICS_CONFIG, ...clean };
  if (!Number.isFinite(config.deliveryWindowMs) || config.deliveryWindowMs <= 0) {
    throw new Error('METRICS_DELIVERY_WINDOW_MS must be a positive number of milliseconds.');
  }
  if (config.token !== null && config.token.length < 16) {
    throw new Error('METRICS_TOKEN must be at least 16 characters.');
  }
  return config;
}
