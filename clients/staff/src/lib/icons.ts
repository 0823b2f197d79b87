import {
  Calendar,
  ChatDotRound,
  Coin,
  DataLine,
  DocumentAdd,
  Grid,
  Histogram,
  OfficeBuilding,
  Service,
  Setting,
  User,
} from '@element-plus/icons-vue';
import type { Component } from 'vue';
import type { Area } from './workspace.ts';

/**
 * The console's icons: Element Plus' SVG set, imported one by one (the package is side-effect
 * free, so only these reach the bundle). Navigation by area; buttons import theirs where used.
 */
export const AREA_ICONS: Partial<Record<Area, Component>> = {
  overview: OfficeBuilding,
  board: Grid,
  intake: DocumentAdd,
  pool: Coin,
  workload: Histogram,
  customers: User,
  appointments: Calendar,
  inbox: ChatDotRound,
  aftersales: Service,
  metrics: DataLine,
  settings: Setting,
};
