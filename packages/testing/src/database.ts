import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Which database the server tests run on: `LACEWIRE_TEST_DB=postgres` (default) or `embedded`. */
export function testDatabaseKind(): 'postgres' | 'embedded' {
  const kind = process.env.LACEWIRE_TEST_DB ?? 'postgres';
  if (kind !== 'postgres' && kind !== 'embedded')
    throw new Error(`LACEWIRE_TEST_DB must be "postgres" or "embedded", not "${kind}".`);
  return kind;
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh database on the test PostgreSQL server, so test files never see each other's data. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `lw_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      try {
        // Let closing pools say goodbye first; force only what is left after that.
        for (let i = 0; i < 50; i++) {
          const { rows } = await client.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
          if (rows[0].n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}
