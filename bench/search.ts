/**
 * Front-desk search benchmark: `pnpm exec node bench/search.ts [--quick]` (PostgreSQL at
 * DATABASE_URL or 127.0.0.1:5432; creates and drops its own database).
 *
 * 100,000 customers (10,000 with --quick), all of one store, with Chinese names and mobile
 * phones, as the customers plugin's migrations index them. Each kind of search the counter makes
 * (full phone, last 4 digits, one-character surname, part of a name, a tag) is timed two ways:
 *   1. the service as the resolver calls it (rankedCustomers: ranked ids, then the rows),
 *   2. the whole stack: `customers(storeId, search)` over GraphQL/HTTP as a clerk.
 * Prints p50/p95/p99 beside the target (p95 < 50 ms); never fails on time.
 */
import { exec, sql } from '@lacewire/core';
import { createTestDatabase, createTestPlatform } from '@lacewire/testing';
import { customersPlugin, rankedCustomers } from '../plugins/customers/src/index.ts';
import { fmt, percentile, table } from './lib/stats.ts';

const quick = process.argv.includes('--quick');
const CUSTOMERS = quick ? 10_000 : 100_000;
const ROUNDS = quick ? 50 : 200;

const database = await createTestDatabase();
const t = await createTestPlatform({ plugins: [customersPlugin], databaseUrl: database.url });
try {
  const store = await t.store('基准店');
  const clerk = await t.staff(store, 'clerk');
  const seeded = performance.now();
  // Names from 20 common surnames and 40 given-name characters (one or two of them); phones
  // 13x–18x with 8 pseudo-random digits; every 50th customer tagged VIP.
  await exec(
    t.runtime.em(),
    sql`with s as (select string_to_array('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗', null) as surnames,
                          string_to_array('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红梅鹏飞建国志文斌波辉宇浩然', null) as given)
        insert into customers_customer (id, name, phone, tags, tier_code, created_at, updated_at)
        select gen_random_uuid(),
               surnames[1 + i % 20] || given[1 + (i / 20) % 40] || case when i % 3 = 0 then '' else given[1 + (i / 800) % 40] end,
               '1' || (3 + i % 6)::text || lpad(((i::bigint * 7919 + 104729) % 100000000)::text, 9, '0'),
               case when i % 50 = 0 then array['VIP'] else '{}' end,
               'regular', now(), now()
        from s, generate_series(1, ${CUSTOMERS}) as i`,
  );
  await exec(
    t.runtime.em(),
    sql`insert into customers_customer_store (customer_id, store_id, first_seen_at) select id, ${store.id}, now() from customers_customer`,
  );
  await exec(t.runtime.em(), sql`analyze customers_customer; analyze customers_customer_store`);
  console.log(`seeded ${fmt.int(CUSTOMERS)} customers in ${fmt.ms((performance.now() - seeded) / 1000)} s`);

  // Real values from the data: a full phone, its last 4 digits, a surname, part of a name.
  const em = t.runtime.em();
  const sample = (await rankedCustomers(em, { storeIds: [store.id], query: '王' }, 1, 0))[0].customer;
  const searches: [string, string][] = [
    ['full phone', sample.phone as string],
    ['last 4 digits of a phone', (sample.phone as string).slice(-4)],
    ['one-character surname', '王'],
    ['two characters of a name', sample.name.slice(1, 3).length === 2 ? sample.name.slice(1, 3) : sample.name.slice(0, 2)],
    ['a tag', 'VIP'],
  ];

  async function time(run: () => Promise<unknown>) {
    for (let i = 0; i < 5; i++) await run();
    const samples: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const started = performance.now();
      await run();
      samples.push(performance.now() - started);
    }
    return samples;
  }
  const QUERY = `query($storeId: ID!, $search: String!) { customers(storeId: $storeId, search: $search, first: 20) {
    edges { node { id name phone tags } } } }`;
  const rows: (string | number)[][] = [];
  for (const [name, query] of searches) {
    const found = (await rankedCustomers(em, { storeIds: [store.id], query }, 20, 0)).length;
    const service = await time(() => rankedCustomers(t.runtime.em(), { storeIds: [store.id], query }, 20, 0));
    const http = await time(() => clerk.query(QUERY, { storeId: store.globalId, search: query }));
    for (const [how, samples] of [
      ['service', service],
      ['GraphQL/HTTP', http],
    ] as const) {
      rows.push([
        `${name} "${query}" (${found} shown), ${how}`,
        fmt.ms(percentile(samples, 50)),
        fmt.ms(percentile(samples, 95)),
        fmt.ms(percentile(samples, 99)),
      ]);
    }
  }
  console.log(`\n${fmt.int(CUSTOMERS)} customers, ${ROUNDS} rounds each; target p95 < 50 ms\n`);
  console.log(table(['search', 'p50 ms', 'p95 ms', 'p99 ms'], rows));
} finally {
  await t.close();
  await database.drop();
}
