import type { EntityManager } from '@mikro-orm/postgresql';
import { type RawBuilder, sql } from 'kysely';

export { sql };

/**
 * Runs a raw query built with the `sql` template (real bind parameters, JS arrays become
 * PostgreSQL arrays) on the EntityManager's connection, inside its transaction if it has one.
 */
export async function rows<T>(em: EntityManager, query: RawBuilder<unknown>): Promise<T[]> {
  const result = await query.execute(em.getKysely() as any);
  return result.rows as T[];
}

export async function exec(em: EntityManager, query: RawBuilder<unknown>): Promise<void> {
  await query.execute(em.getKysely() as any);
}
