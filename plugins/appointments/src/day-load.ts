import { rows, sql } from '@lacewire/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/** A store's visits on one local day (the owner's view of every store, in the metrics plugin). */
export interface DayAppointments {
  storeId: string;
  /** Booked for the day and not cancelled (no-shows and check-ins included). */
  total: number;
  /** Of those, already checked in. */
  checkedIn: number;
}

/** `days`: each store's [start, end) of the day in its own time zone. */
export async function appointmentsOnDay(
  em: EntityManager,
  days: { storeId: string; from: Date; to: Date }[],
): Promise<DayAppointments[]> {
  const found = await rows<{ storeId: string; total: string; checkedIn: string }>(
    em,
    sql`select d.store_id as "storeId", count(a.id) as total, count(a.id) filter (where a.status = 'checkedIn') as "checkedIn"
          from unnest(${days.map((d) => d.storeId)}::uuid[], ${days.map((d) => d.from.toISOString())}::timestamptz[],
                      ${days.map((d) => d.to.toISOString())}::timestamptz[]) as d(store_id, s, e)
          left join appointments_appointment a
                 on a.store_id = d.store_id and a.starts_at >= d.s and a.starts_at < d.e and a.status <> 'cancelled'
         group by d.store_id`,
  );
  return found.map((r) => ({ storeId: r.storeId, total: Number(r.total), checkedIn: Number(r.checkedIn) }));
}
