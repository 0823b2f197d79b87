/** Settings of the aftercare plugin (`createPlatform({ settings: { aftercare: { … } } })`, all optional). */
export interface AftercareOptions {
  /** Length of a minute for SLA targets and of a day for follow-ups; tests shorten them. */
  minuteMs: number;
  dayMs: number;
}

export const DEFAULT_AFTERCARE_OPTIONS: AftercareOptions = { minuteMs: 60_000, dayMs: 24 * 3600_000 };
