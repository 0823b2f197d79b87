import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
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

interface ReadOptions<T> {
  orderBy?: Partial<Record<keyof T & string, 'asc' | 'desc'>>;
  limit?: number;
}

/**
 * Rows of an entity as plain objects with its property names: no entity instances, identity map
 * or change-tracking snapshot. For read-only paths that serve many rows (lists, loaders), where
 * hydration would cost more than the query. Never pass the result to `em.flush()`.
 */
export async function readPlain<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  options: ReadOptions<T> = {},
): Promise<T[]> {
  const qb = em
    .createQueryBuilder(entity)
    .select('*')
    .where(where as never);
  if (options.orderBy) qb.orderBy(options.orderBy as never);
  if (options.limit) qb.limit(options.limit);
  const found = (await qb.execute('all', true)) as Record<string, unknown>[];
  // What hydration would convert (bigint columns to numbers, …), converted the same way.
  const platform = em.getPlatform();
  const typed = em
    .getMetadata()
    .find(entity)
    ?.props.filter((p) => p.customType && p.persist !== false);
  for (const row of found) {
    for (const prop of typed ?? []) {
      if (row[prop.name] != null) row[prop.name] = prop.customType?.convertToJSValue(row[prop.name], platform);
    }
  }
  return found as T[];
}
