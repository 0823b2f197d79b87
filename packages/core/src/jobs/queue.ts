import type { EntityManager } from '@mikro-orm/postgresql';
import { exec, sql } from '../database/sql.ts';
import type { EnqueueOptions } from '../plugin.ts';

/**
 * Adds a graphile-worker job through SQL in the caller's transaction, so a job exists if and
 * only if the work that scheduled it committed.
 */
export async function addJob(em: EntityManager, job: string, payload: Record<string, unknown>, options: EnqueueOptions = {}) {
  await exec(
    em,
    sql`select graphile_worker.add_job(${job}, ${JSON.stringify(payload)}::json, run_at => ${options.runAt ?? null}::timestamptz,
          job_key => ${options.key ?? null}, max_attempts => ${options.maxAttempts ?? 10})`,
  );
}

export async function removeJob(em: EntityManager, key: string) {
  await exec(em, sql`select graphile_worker.remove_job(${key})`);
}
