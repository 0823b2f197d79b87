import type { IStore } from '@lacewire/plugin-stores';
import type { Granularity, Window } from '../report.ts';

/** A report is resolved lazily: only the parts a client asks for are queried. */
export interface ReportShape {
  from: Date;
  to: Date;
  granularity: Granularity;
  stores: IStore[];
  windows: Window[];
}

export interface CohortShape {
  feature: string;
  enabled: boolean;
  current: IStore[];
  report: ReportShape;
}

export interface RolloutFeatureShape {
  name: string;
  description: string;
  plugin: string;
  defaultEnabled: boolean;
  stores: IStore[];
  from: Date;
  to: Date;
  granularity: Granularity;
}
