import { rows, sql } from '@lacewire/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CANCELLED, ON_HOLD, PICKED_UP, READY } from './pipeline.ts';

/** What a store has in hand at a moment (the owner's view of every store, in the metrics plugin). */
export interface StoreWorkload {
  storeId: string;
  /** Orders in the shop: neither picked up nor cancelled. */
  inProgress: number;
  /** Of those, not ready yet although their promised time has passed. */
  overdue: number;
  /** On hold until the customer answers a change request. */
  waitingForCustomer: number;
  readyForPickup: number;
}

/** One statement for any number of stores; a store without orders gets zeros. */
export async function storeWorkloads(em: EntityManager, storeIds: string[], now: Date): Promise<StoreWorkload[]> {
  const found = await rows<{ storeId: string; inProgress: string; overdue: string; waiting: string; ready: string }>(
    em,
    sql`select s.id as "storeId",
               count(o.id) as "inProgress",
               count(o.id) filter (where o.status <> ${READY} and o.promised_at < ${now}::timestamptz) as overdue,
               count(o.id) filter (where o.status = ${ON_HOLD}) as waiting,
               count(o.id) filter (where o.status = ${READY}) as ready
          from unnest(${storeIds}::uuid[]) as s(id)
          left join care_work_order o on o.store_id = s.id and o.status not in (${PICKED_UP}, ${CANCELLED})
         group by s.id`,
  );
  return found.map((r) => ({
    storeId: r.storeId,
    inProgress: Number(r.inProgress),
    overdue: Number(r.overdue),
    waitingForCustomer: Number(r.waiting),
    readyForPickup: Number(r.ready),
  }));
}
