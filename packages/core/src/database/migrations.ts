import type { EntityManager } from '@mikro-orm/postgresql';
import { PluginContractError } from '../errors.ts';
import { ensureEventPartitions } from '../events/retention.ts';
import type { Migration, PluginDefinition } from '../plugin.ts';
import { coreMigrations } from './core-migrations.ts';
import { exec, rows, sql } from './sql.ts';

/**
 * Applies each plugin's migrations once, in plugin dependency order, each in its own
 * transaction, recording `plugin/name`. A lock keeps two starting instances from racing.
 * Then makes sure the event log has its partitions for today and the days ahead (an instance
 * may start after days off, when the hourly job could not make them).
 */
export async function migrate(em: EntityManager, plugins: PluginDefinition[]): Promise<string[]> {
  const applied: string[] = [];
  await exec(
    em,
    sql`create table if not exists lw_migration (id text primary key, applied_at timestamptz not null default now())`,
  );
  const sets = migrationSets(plugins);
  await em.transactional(async (tx) => {
    // Schema changes may take long and wait for another instance's migrations: no deadline here.
    await exec(tx, sql`set local statement_timeout = 0`);
    await exec(tx, sql`set local lock_timeout = 0`);
    await exec(tx, sql`select pg_advisory_xact_lock(7431001)`);
    const done = new Set((await rows<{ id: string }>(tx, sql`select id from lw_migration`)).map((r) => r.id));
    for (const [plugin, migrations] of sets) {
      const names = new Set<string>();
      for (const migration of migrations) {
        if (names.has(migration.name)) {
          throw new PluginContractError(`Plugin "${plugin}" has two migrations named "${migration.name}".`);
        }
        names.add(migration.name);
        const id = `${plugin}/${migration.name}`;
        if (done.has(id)) continue;
        await exec(tx, sql.raw(migration.up));
        await exec(tx, sql`insert into lw_migration (id) values (${id})`);
        applied.push(id);
      }
    }
  });
  await ensureEventPartitions(em);
  return applied;
}

function migrationSets(plugins: PluginDefinition[]): [string, Migration[]][] {
  return [['core', coreMigrations], ...plugins.map((p) => [p.name, p.migrations ?? []] as [string, Migration[]])];
}

/** How many of the plugins' migrations the database has not recorded (readiness). */
export async function pendingMigrations(em: EntityManager, plugins: PluginDefinition[]): Promise<number> {
  const ids = migrationSets(plugins).flatMap(([plugin, migrations]) => migrations.map((m) => `${plugin}/${m.name}`));
  const [row] = await rows<{ n: number }>(em, sql`select count(*)::int as n from lw_migration where id = any(${ids}::text[])`);
  return ids.length - (row?.n ?? 0);
}
