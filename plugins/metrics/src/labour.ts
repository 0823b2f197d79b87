import { rows, sql } from '@lacewire/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { bucketSql, type Granularity, type Window, windowsTable } from './report.ts';

/** Standard minutes of catalog services by id (the catalog's, when it is installed). */
export type StandardDurations = (em: EntityManager, serviceIds: string[]) => Promise<Map<string, number>>;

interface Work {
  minutes: number;
  steps: number;
  orders: Set<string>;
  /** Standard minutes of the service lines this work is measured against; null while none is known. */
  standardMinutes: number | null;
}

export interface LabourLine {
  key: string;
  name: string | null;
  serviceId: string | null;
  minutes: number;
  steps: number;
  orders: number;
  standardMinutes: number | null;
}

export interface LabourBucket {
  label: string;
  start: Date;
  minutes: number;
  steps: number;
  standardMinutes: number | null;
}

export interface MaterialUsage {
  name: string;
  unit: string;
  quantity: number;
}

export interface LabourReport {
  total: LabourLine;
  technicians: LabourLine[];
  services: LabourLine[];
  /** Orders by how far their minutes went over their standard (most over first). */
  orders: LabourLine[];
  series: LabourBucket[];
  materials: MaterialUsage[];
  materialSeries: { label: string; start: Date; materials: MaterialUsage[] }[];
}

/** One row per order, service line and technician in the windows, with the bucket of its last step. */
interface Piece {
  orderId: string;
  serviceKey: string | null;
  serviceId: string | null;
  serviceName: string | null;
  technicianId: string;
  minutes: number;
  steps: number;
  label: string;
  start: Date;
}

const work = (): Work => ({ minutes: 0, steps: 0, orders: new Set(), standardMinutes: null });
const addStandard = (w: Work, minutes: number | null) => {
  if (minutes !== null) w.standardMinutes = (w.standardMinutes ?? 0) + minutes;
};
const line = (key: string, w: Work, extra: { name?: string | null; serviceId?: string | null } = {}): LabourLine => ({
  key,
  name: extra.name ?? null,
  serviceId: extra.serviceId ?? null,
  minutes: w.minutes,
  steps: w.steps,
  orders: w.orders.size,
  standardMinutes: w.standardMinutes,
});

function add(w: Work, piece: Piece) {
  w.minutes += piece.minutes;
  w.steps += piece.steps;
  w.orders.add(piece.orderId);
}

/** The work of `key` in `map` (made by `make` on first use) with the piece added. */
function bump<K, W extends Work>(map: Map<K, W>, key: K, piece: Piece, make: () => W) {
  let w = map.get(key);
  if (!w) map.set(key, (w = make()));
  add(w, piece);
}

/**
 * Labour statistics (工时统计) over the windows: minutes per technician, per service and per
 * order against each service's standard duration, by period, and the materials used. A service
 * line of an order counts its standard once, for the technician who put the most minutes into it.
 */
export async function labourReport(
  em: EntityManager,
  windows: Window[],
  granularity: Granularity,
  standards: StandardDurations | null,
): Promise<LabourReport> {
  const empty = { total: line('total', work()), technicians: [], services: [], orders: [], series: [] };
  if (windows.length === 0) return { ...empty, materials: [], materialSeries: [] };
  const { label, start } = bucketSql(granularity, 'l.at');
  const inWindows = sql`from metrics_labour l join ${windowsTable(windows)} on l.store_id = w.store_id and l.at >= w.s and l.at < w.e`;
  const pieces = await rows<Piece & { minutes: string; steps: string }>(
    em,
    sql`select l.order_id as "orderId", l.service_key as "serviceKey", max(l.service_id) as "serviceId",
               max(l.service_name) as "serviceName", l.technician_id as "technicianId",
               sum(l.minutes) as minutes, count(*) as steps, ${label} as label, ${start} as start
          ${inWindows}
         group by l.order_id, l.service_key, l.technician_id, 8`,
  );
  const serviceIds = [...new Set(pieces.map((p) => p.serviceId).filter((id): id is string => !!id))];
  const standard = standards && serviceIds.length ? await standards(em, serviceIds) : new Map<string, number>();

  const total = work();
  const technicians = new Map<string, Work>();
  const services = new Map<string, Work & { name: string | null; serviceId: string | null }>();
  const orders = new Map<string, Work>();
  const buckets = new Map<string, Work & { start: Date }>();
  // Each order's service line: who did most of it (its standard is theirs) and its bucket.
  const lines = new Map<string, { piece: Piece; lead: string; leadMinutes: number }>();
  for (const raw of pieces) {
    const piece = { ...raw, minutes: Number(raw.minutes), steps: Number(raw.steps), start: new Date(raw.start) };
    add(total, piece);
    bump(technicians, piece.technicianId, piece, work);
    bump(orders, piece.orderId, piece, work);
    const key = piece.serviceKey ?? '';
    bump(services, key, piece, () => ({ ...work(), name: piece.serviceName, serviceId: piece.serviceId }));
    bump(buckets, piece.label, piece, () => ({ ...work(), start: piece.start }));
    const lineKey = `${piece.orderId} ${key}`;
    const seen = lines.get(lineKey);
    if (!seen || piece.minutes > seen.leadMinutes)
      lines.set(lineKey, { piece, lead: piece.technicianId, leadMinutes: piece.minutes });
  }
  for (const { piece, lead } of lines.values()) {
    const minutes = piece.serviceId ? (standard.get(piece.serviceId) ?? null) : null;
    for (const w of [total, technicians.get(lead), orders.get(piece.orderId), buckets.get(piece.label)]) {
      if (w) addStandard(w, minutes);
    }
  }
  for (const s of services.values()) {
    const minutes = s.serviceId ? (standard.get(s.serviceId) ?? null) : null;
    // A service's standard is per order it was done for.
    s.standardMinutes = minutes === null ? null : minutes * s.orders.size;
  }
  const overrun = (l: LabourLine) => l.minutes - (l.standardMinutes ?? l.minutes);
  const materials = await materialUse(em, inWindows, label, start);
  return {
    total: line('total', total),
    technicians: [...technicians].map(([id, w]) => line(id, w)).sort((a, b) => b.minutes - a.minutes),
    services: [...services]
      .map(([key, s]) => line(key, s, { name: s.name, serviceId: s.serviceId }))
      .sort((a, b) => b.minutes - a.minutes),
    orders: [...orders].map(([id, w]) => line(id, w)).sort((a, b) => overrun(b) - overrun(a) || b.minutes - a.minutes),
    series: [...buckets]
      .map(([key, b]) => ({ label: key, start: b.start, minutes: b.minutes, steps: b.steps, standardMinutes: b.standardMinutes }))
      .sort((a, b) => a.start.getTime() - b.start.getTime()),
    ...materials,
  };
}

/** Materials used (quantities summed per name and unit), in total and per bucket. */
async function materialUse(
  em: EntityManager,
  inWindows: ReturnType<typeof sql>,
  label: ReturnType<typeof sql>,
  start: ReturnType<typeof sql>,
) {
  const found = await rows<{ label: string; start: Date; name: string; unit: string; quantity: number }>(
    em,
    sql`select ${label} as label, ${start} as start, m.item->>'name' as name, m.item->>'unit' as unit,
               sum((m.item->>'quantity')::float8) as quantity
          ${inWindows} cross join lateral jsonb_array_elements(l.materials) as m(item)
         group by 1, 3, 4 order by 2, 1, 5 desc`,
  );
  const totals = new Map<string, MaterialUsage>();
  const byBucket = new Map<string, { label: string; start: Date; materials: MaterialUsage[] }>();
  for (const r of found) {
    const usage = { name: r.name, unit: r.unit, quantity: Number(r.quantity) };
    const key = `${r.name} ${r.unit}`;
    const sum = totals.get(key) ?? { ...usage, quantity: 0 };
    sum.quantity += usage.quantity;
    totals.set(key, sum);
    const bucket = byBucket.get(r.label) ?? { label: r.label, start: new Date(r.start), materials: [] };
    bucket.materials.push(usage);
    byBucket.set(r.label, bucket);
  }
  return {
    materials: [...totals.values()].sort((a, b) => b.quantity - a.quantity),
    materialSeries: [...byBucket.values()],
  };
}
