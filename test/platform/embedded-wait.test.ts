/**
 * The embedded database has one session: a statement from another connection waits while a
 * transaction is open. When that transaction sends nothing for the wait deadline, the waiting
 * statement fails like PostgreSQL's lock_timeout (55P03) instead of waiting forever, its
 * connection stays usable, and the transaction is unharmed. Embedded by nature: it runs whatever
 * LACEWIRE_TEST_DB says.
 */
import { startEmbeddedDatabase } from '@lacewire/core';
import pg from 'pg';
import { expect, it } from 'vitest';

it('a statement waiting behind an idle transaction fails after the wait deadline; both connections live on', async () => {
  const db = await startEmbeddedDatabase(null, 300);
  const holder = new pg.Client({ connectionString: db.url });
  const waiter = new pg.Client({ connectionString: db.url });
  await Promise.all([holder.connect(), waiter.connect()]);
  try {
    await holder.query('create table held (n int)');
    await holder.query('begin');
    await holder.query('insert into held values (1)');
    const started = Date.now();
    const failure = await waiter.query('select count(*) from held where n = $1', [1]).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: '55P03' });
    expect(Date.now() - started).toBeLessThan(2_000);
    // A simple-protocol statement fails the same way.
    expect(await waiter.query('select 1').catch((error: unknown) => error)).toMatchObject({ code: '55P03' });
    await holder.query('commit');
    expect((await waiter.query('select count(*)::int as n from held where n = $1', [1])).rows).toEqual([{ n: 1 }]);
    expect((await holder.query('select count(*)::int as n from held')).rows).toEqual([{ n: 1 }]);
  } finally {
    await Promise.all([holder.end(), waiter.end()]);
    await db.stop();
  }
});

it('a busy transaction does not make others fail, however long they queue', async () => {
  const db = await startEmbeddedDatabase(null, 2_000);
  const holder = new pg.Client({ connectionString: db.url });
  const waiter = new pg.Client({ connectionString: db.url });
  await Promise.all([holder.connect(), waiter.connect()]);
  try {
    await holder.query('begin');
    const waiting = waiter.query('select 2 as n');
    // The transaction keeps working for longer than the deadline, never idle for as long.
    for (let i = 0; i < 30; i++) {
      await holder.query('select 1');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await holder.query('commit');
    expect((await waiting).rows).toEqual([{ n: 2 }]);
  } finally {
    await Promise.all([holder.end(), waiter.end()]);
    await db.stop();
  }
});
