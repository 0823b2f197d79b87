import type { EntityManager, EntityMetadata, EntityName, EntityProperty } from '@mikro-orm/postgresql';
import { type RawBuilder, sql } from 'kysely';
import { parseTimestamp } from './timestamps.ts';

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

/** What readPlain filters on: a property equals a value (null: is null), is one of, or none of. */
export type PlainWhere<T> = {
  [K in keyof T]?: T[K] | null | { $in: readonly T[K][] } | { $nin: readonly T[K][] };
};

interface ReadOptions<T> {
  orderBy?: Partial<Record<keyof T & string, 'asc' | 'desc'>>;
  limit?: number;
  /** Only these properties (and the primary key): wide rows cost more to send and parse than to find. */
  fields?: readonly (keyof T & string)[];
  /**
   * Each row's children of another entity, read in the same statement (no second round trip) into
   * a property of this name: `{ steps: children(CareStep, 'orderId', { startedAt: 'asc' }) }`.
   */
  with?: Record<string, Children<any>>;
}

/** Rows of `entity` whose `on` property holds the parent's primary key. */
export interface Children<C> {
  entity: EntityName<C>;
  on: keyof C & string;
  orderBy?: Partial<Record<keyof C & string, 'asc' | 'desc'>>;
}

export const children = <C>(entity: EntityName<C>, on: keyof C & string, orderBy?: Children<C>['orderBy']): Children<C> => ({
  entity,
  on,
  orderBy,
});

/**
 * Rows of an entity as plain objects with its property names: no entity instances, identity map
 * or change-tracking snapshot. For read-only paths that serve many rows (lists, loaders), where
 * hydration would cost more than the query. Never pass the result to `em.flush()`.
 *
 * The SQL is written here rather than by MikroORM's query builder, which cost more CPU than the
 * query itself on small reads; the rows still go through MikroORM's own result mapper.
 */
export async function readPlain<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: PlainWhere<T>,
  options: ReadOptions<T> = {},
): Promise<T[]> {
  const meta = em.getMetadata().get(entity);
  const column = columnOf(meta);
  const table = tableOf(meta);
  const conditions = Object.entries(where as Record<string, unknown>)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => {
      if (value === null) return sql`${column(name)} is null`;
      const set = value as { $in?: readonly unknown[]; $nin?: readonly unknown[] };
      if (set.$in) return sql`${column(name)} = any(${[...set.$in]})`;
      if (set.$nin) return sql`${column(name)} <> all(${[...set.$nin]})`;
      return sql`${column(name)} = ${value}`;
    });
  const order = orderOf(column, options.orderBy);
  const [key] = meta.primaryKeys;
  const columns = options.fields
    ? sql.join([...new Set([...meta.primaryKeys, ...options.fields])].map((name) => column(name)))
    : sql`*`;
  // A child table's rows as one JSON array per parent row (its columns by name, as row_to_json writes them).
  const nested = Object.entries(options.with ?? {}).map(([name, spec]) => {
    const childMeta = em.getMetadata().get(spec.entity);
    const childOrder = orderOf((prop) => sql`c.${columnOf(childMeta)(prop)}`, spec.orderBy);
    return sql`(select coalesce(json_agg(c${childOrder.length ? sql` order by ${sql.join(childOrder)}` : sql``}), '[]')
      from ${tableOf(childMeta)} c where c.${columnOf(childMeta)(spec.on)} = ${table}.${column(key)}) as ${sql.ref(name)}`;
  });
  const found = await rows<Record<string, unknown>>(
    em,
    sql`select ${columns}${nested.length ? sql`, ${sql.join(nested)}` : sql``} from ${table}${
      conditions.length ? sql` where ${sql.join(conditions, sql` and `)}` : sql``
    }${order.length ? sql` order by ${sql.join(order)}` : sql``}${options.limit ? sql` limit ${options.limit}` : sql``}`,
  );
  const toRow = rowMapper<T>(em, meta);
  const childRows = Object.entries(options.with ?? {}).map(
    ([name, spec]) => [name, rowMapper(em, em.getMetadata().get(spec.entity))] as const,
  );
  return found.map((raw) => {
    const row = toRow(raw) as Record<string, unknown>;
    for (const [name, toChild] of childRows) row[name] = (raw[name] as Record<string, unknown>[]).map(toChild);
    return row as T;
  });
}

type Meta = EntityMetadata<any>;

function columnOf(meta: Meta) {
  const props = meta.properties as Record<string, EntityProperty>;
  return (name: string) => {
    const fields = props[name]?.fieldNames;
    if (fields?.length !== 1) throw new Error(`readPlain: ${meta.className}.${name} is not a column`);
    return sql.ref(fields[0]);
  };
}

const tableOf = (meta: Meta) => sql.table(meta.schema ? `${meta.schema}.${meta.tableName}` : meta.tableName);

function orderOf(column: (name: string) => RawBuilder<unknown> | ReturnType<typeof sql.ref>, orderBy: object = {}) {
  return Object.entries(orderBy).map(([name, dir]) => (dir === 'desc' ? sql`${column(name)} desc` : sql`${column(name)} asc`));
}

/**
 * Column names to property names, dates and booleans as hydration maps them (also from the
 * strings of a JSON row); then what hydration converts on top (bigint columns to numbers, …),
 * converted the same way.
 */
function rowMapper<T>(em: EntityManager, meta: Meta) {
  const comparator = em.getComparator();
  const platform = em.getPlatform();
  const typed = meta.props.filter((p) => p.customType && p.persist !== false);
  const timestamps = meta.props
    .filter((p) => p.runtimeType === 'Date' && p.persist !== false && p.fieldNames?.length === 1)
    .map((p) => p.fieldNames[0]);
  return (raw: Record<string, unknown>): T => {
    // The mapper keeps Dates as they are; the usual timestamps are cheaper to parse here.
    for (const field of timestamps) {
      const value = raw[field];
      if (typeof value === 'string') raw[field] = parseTimestamp(value) ?? value;
    }
    const row = comparator.mapResult(meta, raw as never) as Record<string, unknown>;
    for (const prop of typed) {
      if (row[prop.name] != null) row[prop.name] = prop.customType?.convertToJSValue(row[prop.name], platform);
    }
    return row as T;
  };
}
