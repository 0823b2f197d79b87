import type { LoggedEvent, Viewer } from '@lacewire/core';
import { createTestDatabase, createTestPlatform, type TestDatabase, type TestPlatform } from '@lacewire/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendEvents, appendEventsQuery } from '../../packages/core/src/events/log.ts';

/**
 * Event ids come from a sequence with no lock between writers, so transactions commit their ids
 * out of order. Many writers on three instances of one database, some holding a low id for a long
 * time, some rolling back, some killed by the server mid-transaction; subscribers on every
 * instance, some leaving and resuming with their cursor. Every subscriber must receive exactly the
 * committed events, each once, in increasing id order: an id lower than one already received
 * would be a gap filled late (with cursors, a lost event).
 */

const INSTANCES = 3;
const WRITERS_PER_INSTANCE = 8;
const TRANSACTIONS_PER_WRITER = 30;
const VICTIMS = 6;

const reader: Viewer = {
  accountId: 'reader',
  sessionId: 'reader',
  displayName: 'Reader',
  customerId: null,
  memberships: [],
  isOwner: false,
  locale: 'en',
  expiresAt: new Date(Date.now() + 3_600_000),
};
const audience = { accounts: ['reader'] };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class Subscriber {
  readonly received: string[] = [];
  readonly violations: string[] = [];
  #stop: (() => Promise<unknown>) | null = null;
  #running: Promise<void> | null = null;

  instance: TestPlatform;
  cursor: string;

  constructor(instance: TestPlatform, cursor: string) {
    this.instance = instance;
    this.cursor = cursor;
  }

  start() {
    const stream = this.instance.runtime.subscribe(reader, { after: this.cursor, types: ['test.written'] });
    const iterator = stream[Symbol.asyncIterator]();
    this.#stop = () => iterator.return?.() ?? Promise.resolve();
    this.#running = (async () => {
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        this.#take(next.value);
      }
    })();
  }

  #take(event: LoggedEvent) {
    if (BigInt(event.id) <= BigInt(this.cursor)) this.violations.push(`${event.id} after ${this.cursor}`);
    this.cursor = event.id;
    this.received.push(event.id);
  }

  async stop() {
    await this.#stop?.();
    await this.#running;
  }
}

describe('event sequencing without a lock, on three instances of one database', () => {
  let database: TestDatabase;
  const instances: TestPlatform[] = [];
  let admin: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    for (let i = 0; i < INSTANCES; i++) {
      instances.push(await createTestPlatform({ databaseUrl: database.url, jobs: false, pollMs: 100 }));
    }
    admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    for (const instance of instances) await instance.close();
    await database?.drop();
  });

  const wakeAll = () => {
    for (const instance of instances) instance.runtime.dispatcher.wake();
  };

  /** One writer: appends, then holds its transaction open for a while before committing (or not). */
  async function writer(instance: TestPlatform, w: number) {
    for (let n = 0; n < TRANSACTIONS_PER_WRITER; n++) {
      // Every tenth transaction holds its (low) id a long time while others commit higher ones.
      const hold = n % 10 === w % 10 ? 150 + Math.random() * 250 : Math.random() * 8;
      const rollBack = n % 7 === 3;
      const events = Array.from({ length: 1 + (n % 3) }, (_, k) => ({ type: 'test.written', payload: { w, n, k }, audience }));
      await instance.runtime
        .em()
        .transactional(async (em) => {
          await appendEvents(em as never, events);
          await sleep(hold);
          if (rollBack) throw new Error('rolled back on purpose');
        })
        .catch((error: Error) => {
          if (error.message !== 'rolled back on purpose') throw error;
        });
      wakeAll();
    }
  }

  /** A writer whose backend the server ends while it holds an event id (as a crash would). */
  async function victim(v: number) {
    const client = new pg.Client({ connectionString: database.url });
    client.on('error', () => {});
    await client.connect();
    await client.query('begin');
    const [{ pid }] = (await client.query('select pg_backend_pid() as pid')).rows;
    const append = appendEventsQuery([{ type: 'test.written', payload: { victim: v }, audience }]).compile(
      instances[0].runtime.em().getKysely() as never,
    );
    await client.query(append.sql, append.parameters as unknown[]);
    await sleep(50 + Math.random() * 300);
    await admin.query('select pg_terminate_backend($1)', [pid]);
    await client.end().catch(() => {});
  }

  it('gives every subscriber every committed event once, in order, and never one late', async () => {
    const [start] = (await admin.query(`select coalesce(max(id), 0)::text as id from lw_event`)).rows;
    const steady = instances.map((instance) => new Subscriber(instance, start.id));
    const resuming = instances.map((instance) => new Subscriber(instance, start.id));
    for (const s of [...steady, ...resuming]) s.start();

    let writing = true;
    // Resuming subscribers leave and come back with their cursor, on another instance each time.
    const churn = (async () => {
      let round = 0;
      while (writing) {
        await sleep(120 + Math.random() * 120);
        const s = resuming[round % resuming.length];
        await s.stop();
        s.instance = instances[(round + 1) % INSTANCES];
        s.start();
        round++;
      }
    })();
    await Promise.all([
      ...instances.flatMap((instance) => Array.from({ length: WRITERS_PER_INSTANCE }, (_, w) => writer(instance, w))),
      ...Array.from({ length: VICTIMS }, (_, v) => sleep(v * 150).then(() => victim(v))),
    ]);
    writing = false;
    await churn;

    const committed = (
      await admin.query(`select id::text as id from lw_event where type = 'test.written' and id > $1 order by lw_event.id`, [
        start.id,
      ])
    ).rows.map((r) => r.id as string);
    expect(committed.length).toBeGreaterThan(INSTANCES * WRITERS_PER_INSTANCE * TRANSACTIONS_PER_WRITER);
    const last = committed.at(-1);
    for (let i = 0; i < 100 && [...steady, ...resuming].some((s) => s.cursor !== last); i++) {
      wakeAll();
      await sleep(50);
    }
    for (const s of [...steady, ...resuming]) {
      await s.stop();
      expect(s.violations).toEqual([]);
      expect(s.received).toEqual(committed);
    }
    // The killed writers' ids were handed out and never committed: gaps, and readers went past them.
    const [{ handed }] = (await admin.query(`select pg_sequence_last_value('lw_event_seq')::bigint - $1 as handed`, [start.id]))
      .rows;
    expect(Number(handed)).toBeGreaterThan(committed.length);
  });
});
