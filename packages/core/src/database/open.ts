import { MikroORM } from '@mikro-orm/postgresql';
import { ConnectionBudgets, defaultBudgets } from '../budgets.ts';
import type { Deadlines } from '../deadlines.ts';
import type { PlatformOptions } from '../platform.ts';
import type { PluginDefinition } from '../plugin.ts';
import { type EmbeddedDatabase, startEmbeddedDatabase } from './embedded.ts';
import { budgetPool } from './pool-budget.ts';
import { refuseSecondConnection } from './tx-scope.ts';

/**
 * The database the platform runs on: the configured PostgreSQL server, or an embedded PGlite
 * started here; its pool bounded by statement deadlines and shared out by request budgets.
 */
export async function openDatabase(
  options: PlatformOptions,
  plugins: PluginDefinition[],
  deadlines: Deadlines,
  production: boolean,
  cleanups: (() => Promise<void> | void)[],
) {
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = options.databaseUrl ?? null;
  if (!databaseUrl) {
    embedded = await startEmbeddedDatabase(options.dataDir ?? null, deadlines.embeddedWaitMs);
    databaseUrl = embedded.url;
    cleanups.push(() => embedded?.stop());
  }

  const poolSize = embedded ? 4 : 10;
  const budgets = new ConnectionBudgets({ ...defaultBudgets(poolSize), ...options.budgets });
  const orm = await MikroORM.init({
    clientUrl: databaseUrl,
    entities: plugins.flatMap((p) => (p.entities ?? []) as any[]),
    discovery: { warnWhenNoEntities: false },
    pool: { min: 0, max: poolSize },
    debug: process.env.LOG_SQL === '1',
    allowGlobalContext: false,
    driverOptions: {
      // Every pool connection's statements and lock waits are bounded (PostgreSQL server; the
      // embedded database bounds waits in its socket queue instead).
      ...(embedded ? {} : { statement_timeout: deadlines.statementMs, lock_timeout: deadlines.lockMs }),
      // Each connection is taken within its request kind's share of the pool (budgets.ts). In
      // development and tests, a query that takes a second connection inside an open transaction
      // fails at once, naming its call site, instead of deadlocking the embedded database.
      onPoolCreated: (pool: Parameters<typeof budgetPool>[0]) =>
        budgetPool(pool, budgets, production ? undefined : refuseSecondConnection),
    },
  });
  cleanups.unshift(() => orm.close(true));
  return { orm, embedded, databaseUrl, budgets };
}
