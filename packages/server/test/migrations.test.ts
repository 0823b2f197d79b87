import { createTestPlatform, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { firstPartyPlugins, firstPartySettings } from '../src/plugins.ts';

/**
 * Migrations are written by hand; the entities describe the same tables to MikroORM. Its schema
 * generator diffs the entities against a database every first-party plugin migrated (PostgreSQL).
 */
let t: TestPlatform;
let diff: string[];
beforeAll(async () => {
  t = await createTestPlatform({ plugins: firstPartyPlugins, settings: firstPartySettings(loadConfig({})) });
  const sql = await t.runtime.orm.schema.getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: false });
  diff = sql
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
});
afterAll(() => t?.close());

/** What the database has beyond the entities: the generator would drop it. */
const extra = (statement: string) => /^drop index |^alter table "[^"]+" drop constraint /.test(statement);

describe('migrations and entities', () => {
  it('build every column the entities declare, with its type, nullability, default and enum check', () => {
    expect(diff.filter((s) => !extra(s))).toEqual([]);
  });

  it('add only the known indexes and constraints the entities do not declare', async () => {
    // Foreign keys, partial and expression indexes, unique and check constraints live in the
    // migrations only (plugins hold ids of other plugins' rows, not relations). A new one must be
    // added to this list on purpose; one dropped or renamed shows here too.
    await expect(`${diff.filter(extra).sort().join('\n')}\n`).toMatchFileSnapshot('./migrations.extras.sql');
  });
});
