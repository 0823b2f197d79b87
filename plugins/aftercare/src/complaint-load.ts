import { rows, sql } from '@lacewire/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/** A store's open complaints at a moment (the owner's view of every store, in the metrics plugin). */
export interface ComplaintLoad {
  storeId: string;
  /** Neither resolved nor closed. */
  open: number;
  /** Of those, past a target: not answered by the first-response deadline, or not resolved by the resolution one. */
  pastSla: number;
}

export async function complaintLoads(em: EntityManager, storeIds: string[], now: Date): Promise<ComplaintLoad[]> {
  const found = await rows<{ storeId: string; open: string; pastSla: string }>(
    em,
    sql`select s.id as "storeId", count(c.id) as open,
               count(c.id) filter (where c.resolution_due_at < ${now}::timestamptz
                                      or (c.first_response_at is null and c.first_response_due_at < ${now}::timestamptz)) as "pastSla"
          from unnest(${storeIds}::uuid[]) as s(id)
          left join aftercare_complaint c on c.store_id = s.id and c.status in ('open', 'inProgress')
         group by s.id`,
  );
  return found.map((r) => ({ storeId: r.storeId, open: Number(r.open), pastSla: Number(r.pastSla) }));
}
