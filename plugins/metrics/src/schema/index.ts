import type { Builder, PluginEnvironment } from '@lacewire/core';
import { dashboardSubscription } from './dashboard.ts';
import { labourSchema } from './labour.ts';
import { overviewSchema } from './overview.ts';
import { metricsQueries } from './queries.ts';
import { reportTypes } from './report.ts';
import { rolloutSchema } from './rollout.ts';
import { trendSchema } from './trend.ts';

export function metricsSchema(builder: Builder, env: PluginEnvironment) {
  const refs = reportTypes(builder);
  metricsQueries(builder, refs);
  rolloutSchema(builder, refs);
  dashboardSubscription(builder, refs);
  trendSchema(builder, refs);
  labourSchema(builder, refs, env);
  overviewSchema(builder, refs);
}
