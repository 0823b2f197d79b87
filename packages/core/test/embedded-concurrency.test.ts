import pg from 'pg';
import { expect, it } from 'vitest';
import { startEmbeddedDatabase } from '../src/index.ts';

it('the embedded database answers many sockets at once, each query with its own rows', async () => {
  const db = await startEmbeddedDatabase(null);
  const pools = Array.from({ length: 4 }, () => new pg.Pool({ connectionString: db.url, max: 4 }));
  try {
    await pools[0].query('create table probe (id int)');
    const results = await Promise.all(
      Array.from({ length: 800 }, async (_, i) => {
        const pool = pools[i % pools.length];
        if (i % 5 === 0) {
          const client = await pool.connect();
          try {
            await client.query('begin');
            await client.query('insert into probe values ($1)', [i]);
            const { rows } = await client.query('select count(*)::int as n from probe where id = $1', [i]);
            await client.query('commit');
            return rows[0].n === 1;
          } finally {
            client.release();
          }
        }
        const { rows } = await pool.query('select $1::int as n, $2::text as s', [i, `x${i}`]);
        return rows[0].n === i && rows[0].s === `x${i}`;
      }),
    );
    expect(results.every(Boolean)).toBe(true);
  } finally {
    for (const pool of pools) await pool.end();
    await db.stop();
  }
});
