import type { Viewer } from '@lacewire/core';
import { createTestPlatform, type TestClient, type TestPlatform } from '@lacewire/testing';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec, rows, sql } from '../../packages/core/src/database/sql.ts';
import { appendEvents } from '../../packages/core/src/events/log.ts';
import { dropExpiredEvents, ensureEventPartitions, weekName } from '../../packages/core/src/events/retention.ts';

const DAY = 86_400_000;
/** Monday 00:00 UTC of this week. */
const thisWeek = () => Math.floor((Date.now() - 4 * DAY) / (7 * DAY)) * 7 * DAY + 4 * DAY;
const audience = { stores: ['store-r'] };
const owner: Viewer = {
  accountId: 'owner-r',
  sessionId: 'owner-r',
  displayName: 'Owner',
  customerId: null,
  memberships: [],
  isOwner: true,
  locale: 'en',
  expiresAt: new Date(Date.now() + 3_600_000),
};
const log = pino({ level: 'silent' });

const eventsSubscription = `subscription ($after: String) { events(after: $after, types: ["test.kept"]) { cursor payload } }`;

/** The code a subscription ended with (graphql-ws error message or an error result). */
function endedWith(sub: { error: unknown; values: { errors?: { extensions?: Record<string, unknown> }[] }[] }) {
  const errors = (Array.isArray(sub.error) ? sub.error : (sub.values.find((v) => v.errors)?.errors ?? [])) as {
    extensions?: Record<string, unknown>;
  }[];
  return errors[0]?.extensions?.code;
}

describe.each([
  ['PostgreSQL', false],
  ['embedded PGlite', true],
])('event retention on %s', (_name, embedded) => {
  let t: TestPlatform;
  let client: TestClient;
  beforeAll(async () => {
    t = await createTestPlatform({ embedded, jobs: false });
    client = await t.owner();
  });
  afterAll(() => t.close());

  const write = async (n: string, createdAt?: Date) => {
    await t.runtime.em().transactional(async (em) => {
      if (createdAt) {
        await exec(
          em,
          sql`insert into lw_event (type, payload, audience_stores, created_at)
                select 'test.kept', ${JSON.stringify({ n })}::jsonb, ${audience.stores}::text[], ${createdAt.toISOString()}::timestamptz
                 where (select pg_current_xact_id()) is not null`,
        );
      } else {
        await appendEvents(em as never, [{ type: 'test.kept', payload: { n }, audience }]);
      }
    });
    t.runtime.dispatcher.wake();
    await t.settle();
    const [row] = await rows<{ id: string }>(t.runtime.em(), sql`select max(id)::text as id from lw_event`);
    return row.id;
  };

  it('makes partitions ahead, drops whole expired days under live cursors, and expires older cursors', async () => {
    const week = thisWeek();
    // A day long gone, as if the log had been written then (partitions are made from this week on).
    const old = new Date(week - 10 * DAY);
    await exec(t.runtime.em(), sql`create table lw_event_old (like lw_event including defaults)`);
    await exec(
      t.runtime.em(),
      sql`alter table lw_event attach partition lw_event_old
            for values from (${sql.lit(old.toISOString())}) to (${sql.lit(new Date(old.getTime() + DAY).toISOString())})`,
    );
    await ensureEventPartitions(t.runtime.em());
    const names = async () =>
      (
        await rows<{ name: string }>(
          t.runtime.em(),
          sql`select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid
               where i.inhparent = 'lw_event'::regclass order by 1`,
        )
      ).map((r) => r.name);
    expect(await names()).toEqual(['lw_event_old', ...[0, 1, 2].map((n) => weekName(new Date(week + n * 7 * DAY)))]);

    const start = t.runtime.dispatcher.position;
    const live = t.runtime.subscribe(owner, { after: start, types: ['test.kept'] })[Symbol.asyncIterator]();
    const liveSocket = client.subscribe(eventsSubscription, { after: start });
    await liveSocket.ready();
    const first = await write('today 1');
    await write('old 1', new Date(old.getTime() + 3_600_000));
    const oldLast = await write('old 2', new Date(old.getTime() + 7_200_000));
    await write('today 2');
    const seen = async (n: number) =>
      (await Promise.all(Array.from({ length: n }, () => live.next()))).map((r) => r.value.payload.n);
    expect(await seen(4)).toEqual(['today 1', 'old 1', 'old 2', 'today 2']);
    expect((await liveSocket.take(4)).map((r: any) => r.events.payload.n)).toEqual(['today 1', 'old 1', 'old 2', 'today 2']);

    // An on-handler that has not handled the old day's events holds it back.
    await exec(t.runtime.em(), sql`insert into lw_consumer (name, position) values ('test:behind', ${first}::bigint)`);
    expect(await dropExpiredEvents(t.runtime.em(), { keepDays: 1, consumers: ['test:behind'], log })).toEqual([]);
    await exec(t.runtime.em(), sql`update lw_consumer set position = ${oldLast}::bigint where name = 'test:behind'`);
    expect(await dropExpiredEvents(t.runtime.em(), { keepDays: 1, consumers: ['test:behind'], log })).toEqual(['lw_event_old']);
    expect(await names()).not.toContain('lw_event_old');
    const [gone] = await rows<{ table: string | null }>(t.runtime.em(), sql`select to_regclass('lw_event_old')::text as table`);
    expect(gone.table).toBeNull();

    // Live cursors go on as if nothing happened.
    await write('today 3');
    expect(await seen(1)).toEqual(['today 3']);
    expect((await liveSocket.next()).events.payload.n).toBe('today 3');

    // A cursor from before the dropped day: the stream ends with CursorExpired, over GraphQL too.
    for (const after of [start, first]) {
      const expired = t.runtime.subscribe(owner, { after, types: ['test.kept'] })[Symbol.asyncIterator]();
      await expect(expired.next()).rejects.toMatchObject({ extensions: { code: 'CursorExpired' } });
    }
    const socket = client.subscribe(eventsSubscription, { after: first });
    await expect(socket.next()).rejects.toThrow();
    expect(endedWith(socket as never)).toBe('CursorExpired');
    // A cursor at the dropped day's end misses nothing: it replays what is kept.
    const resumed = t.runtime.subscribe(owner, { after: oldLast, types: ['test.kept'] })[Symbol.asyncIterator]();
    expect((await resumed.next()).value.payload.n).toBe('today 2');
    expect((await resumed.next()).value.payload.n).toBe('today 3');
    await resumed.return?.(undefined);
    await live.return?.(undefined);

    // A malformed cursor is refused with a typed error.
    const malformed = client.subscribe(eventsSubscription, { after: 'not-a-cursor' });
    await expect(malformed.next()).rejects.toThrow();
    expect(endedWith(malformed as never)).toBe('InvalidInput');
  });
});

describe('the hourly event-log job', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await createTestPlatform({ eventRetentionDays: 1 });
  });
  afterAll(() => t.close());

  it('runs on the job queue and drops the expired days', async () => {
    const old = new Date(thisWeek() - 10 * DAY);
    const em = t.runtime.em();
    await exec(em, sql`create table lw_event_gone (like lw_event including defaults)`);
    await exec(
      em,
      sql`alter table lw_event attach partition lw_event_gone
            for values from (${sql.lit(old.toISOString())}) to (${sql.lit(new Date(old.getTime() + DAY).toISOString())})`,
    );
    await exec(
      em,
      sql`insert into lw_event (type, payload, created_at) values ('test.kept', '{}', ${old.toISOString()}::timestamptz)`,
    );
    // The schedule runs it hourly; run it now as the schedule would.
    await exec(em, sql`select graphile_worker.add_job('core.eventLogMaintenance', '{}'::json)`);
    const exists = async () =>
      (await rows<{ table: string | null }>(t.runtime.em(), sql`select to_regclass('lw_event_gone')::text as table`))[0].table;
    for (let i = 0; i < 100 && (await exists()); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await exists()).toBeNull();
    const [expiry] = await rows<{ through: string }>(t.runtime.em(), sql`select through::text from lw_event_expiry`);
    expect(BigInt(expiry.through)).toBeGreaterThan(0n);
  });
});
