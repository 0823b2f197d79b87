/**
 * Event-log write benchmark: `pnpm exec node bench/event-log.ts` (PostgreSQL at DATABASE_URL or
 * 127.0.0.1:5432; also run by `pnpm bench` as the `event-log` section).
 *
 * Writing transactions per second at 1, 16 and 64 concurrent writers, three ways, in one run:
 *   plain    BEGIN; a business row; a row of the event's size into a plain table; COMMIT —
 *            the same inserts and commits with no event log: this PostgreSQL's limit here.
 *   lock     the same, the event appended under one advisory lock held to commit (the event log
 *            before issue 21: ids in commit order, one event-writing commit at a time).
 *   horizon  the same, the event appended as appendEvents does now (ids from a sequence, no lock
 *            between writers; readers stay behind the safe end, events/horizon.ts).
 * A real platform instance (its dispatcher) reads the log during the event runs; its lag after the
 * last commit is printed. Writers use raw `pg` clients (4 round trips per transaction) so the load
 * generator costs the same in every column. Prints figures and ratios; never fails on time.
 *
 * Options (env): BENCH_SECONDS per cell (default 3), BENCH_ROUNDS (default 2; medians),
 * BENCH_WRITERS (default 1,16,64).
 */
import { cpus, loadavg } from 'node:os';
import { createTestPlatform } from '@lacewire/testing';
import pg from 'pg';
import { appendEventsQuery } from '../packages/core/src/events/log.ts';
import { benchDatabase } from './lib/database.ts';
import { machineNow } from './lib/speed.ts';
import { fmt, median, table } from './lib/stats.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const WRITERS = (process.env.BENCH_WRITERS ?? '1,16,64').split(',').map(Number);
const MODES = ['plain', 'lock', 'horizon'] as const;
type Mode = (typeof MODES)[number];

const payload = { orderId: '01JF3Y8Q2V6W', storeId: 'store-1', status: 'ready', note: 'heels re-glued, polished' };
const audience = { accounts: ['acc-customer'], stores: ['store-1'] };
const business = 'insert into bench_order (store_id, status) values ($1, $2)';
const plain = `insert into bench_plain (type, payload, audience_accounts, audience_stores, audience_roles)
  select * from (values ($1, $2::jsonb, $3::text[], $4::text[], $5::text[])) as v`;
// The append as it was before issue 21, kept here only to compare with.
const locked = `${plain.replace('bench_plain', 'lw_event')} where (select true from pg_advisory_xact_lock(7431002))`;
const plainParams = ['order.statusChanged', JSON.stringify(payload), audience.accounts, audience.stores, null];

const log = (line: string) => console.log(line);

async function main() {
  const database = await benchDatabase('events');
  const platform = await createTestPlatform({ databaseUrl: database.url, jobs: false, pollMs: 20 });
  const horizon = appendEventsQuery([{ type: 'order.statusChanged', payload, audience }]).compile(
    platform.runtime.em().getKysely() as never,
  );
  const statements: Record<Mode, { text: string; values: readonly unknown[] }> = {
    plain: { text: plain, values: plainParams },
    lock: { text: locked, values: plainParams },
    horizon: { text: horizon.sql, values: horizon.parameters },
  };
  const pool = new pg.Pool({ connectionString: database.url, max: Math.max(...WRITERS) });
  await pool.query(`create table bench_order (id bigserial primary key, store_id text not null, status text not null);
    create table bench_plain (id bigserial primary key, type text not null, payload jsonb not null,
      audience_accounts text[] not null, audience_stores text[] not null, audience_roles text[],
      created_at timestamptz not null default now());
    create index on bench_plain (type, id);`);
  const clients = await Promise.all(Array.from({ length: Math.max(...WRITERS) }, () => pool.connect()));

  async function run(mode: Mode, writers: number): Promise<{ perSecond: number; lagMs: number }> {
    const { text, values } = statements[mode];
    const until = performance.now() + SECONDS * 1000;
    let done = 0;
    await Promise.all(
      clients.slice(0, writers).map(async (client, w) => {
        while (performance.now() < until) {
          await client.query('begin');
          await client.query(business, ['store-1', `w${w}`]);
          await client.query(text, values as unknown[]);
          await client.query('commit');
          done++;
        }
      }),
    );
    const elapsed = performance.now() - (until - SECONDS * 1000);
    let lagMs = Number.NaN;
    if (mode !== 'plain') {
      const [{ id }] = (await clients[0].query('select max(id)::text as id from lw_event')).rows;
      const last = performance.now();
      while (BigInt(platform.runtime.dispatcher.position) < BigInt(id)) {
        platform.runtime.dispatcher.wake();
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      lagMs = performance.now() - last;
    }
    return { perSecond: (done * 1000) / elapsed, lagMs };
  }

  log(`# Event-log writes — ${new Date().toISOString()}`);
  log(`Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}; at start ${machineNow(loadavg())}.`);
  log(`${SECONDS} s per cell, ${ROUNDS} round(s) alternating the three ways (medians); synchronous_commit as configured.`);
  const results = new Map<string, number[]>();
  const lags = new Map<string, number[]>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const writers of WRITERS) {
      for (const mode of MODES) {
        const { perSecond, lagMs } = await run(mode, writers);
        const key = `${mode}/${writers}`;
        results.set(key, [...(results.get(key) ?? []), perSecond]);
        lags.set(key, [...(lags.get(key) ?? []), lagMs]);
      }
    }
  }
  const rows = WRITERS.map((writers) => {
    const of = (mode: Mode) => median(results.get(`${mode}/${writers}`) ?? []);
    return [
      String(writers),
      fmt.int(of('plain')),
      fmt.int(of('lock')),
      fmt.int(of('horizon')),
      `${((of('lock') / of('plain')) * 100).toFixed(0)}%`,
      `${((of('horizon') / of('plain')) * 100).toFixed(0)}%`,
      fmt.ms(Math.max(...(lags.get(`horizon/${writers}`) ?? []))),
    ];
  });
  log('');
  log(
    table(
      [
        'writers',
        'plain tx/s',
        'lock tx/s',
        'horizon tx/s',
        'lock / plain',
        'horizon / plain',
        'reader lag after last commit (ms)',
      ],
      rows,
    ),
  );
  log(`\nAt end: ${machineNow(loadavg())}. Target: horizon at 64 writers >= 80% of plain.`);
  for (const client of clients) client.release();
  await pool.end();
  await platform.close();
  await database.drop();
}

await main();
