import type { ReportRefs } from './report.ts';

/** The period of a report: `from`, `to` and the granularity of its series (by day unless told). */
export const rangeArgs = (t: any, GranularityEnum: ReportRefs['GranularityEnum']) => ({
  from: t.arg({ type: 'DateTime', required: true }),
  to: t.arg({ type: 'DateTime', required: true }),
  granularity: t.arg({ type: GranularityEnum, required: false, defaultValue: 'day' }),
});
