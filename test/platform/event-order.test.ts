import { createTestPlatform, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows, sql } from '../../packages/core/src/database/sql.ts';
import { EventHorizon } from '../../packages/core/src/events/horizon.ts';
import { appendEvents, readEvents } from '../../packages/core/src/events/log.ts';

const event = (n: string) => ({ type: 'test.ordered', payload: { n }, audience: {} });

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

describe.each([
  ['PostgreSQL', false],
  ['embedded PGlite', true],
])('the event log on %s', (_name, embedded) => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await createTestPlatform({ embedded, jobs: false });
  });
  afterAll(() => t.close());

  it('hands out ids without making writers wait, and reads stop before an id that may still commit', async () => {
    const horizon = new EventHorizon();
    const before = await horizon.catchUp(t.runtime.em());
    const appended = gate();
    const release = gate();
    const first = t.runtime.em().transactional(async (em) => {
      await appendEvents(em as never, [event('first')]);
      appended.open();
      await release.opened;
    });
    await appended.opened;
    if (embedded) {
      // One session: the second writer queues behind the first, which is trivially in order.
      release.open();
      await first;
    }
    // The second writer takes a higher id and commits while the first still holds its lower one.
    await t.runtime.em().transactional((em) => appendEvents(em as never, [event('second')]));

    const upTo = await horizon.advance(t.runtime.em());
    const seen = await readEvents(t.runtime.em(), { after: before, upTo, limit: 10 });
    if (!embedded) {
      // Had a reader taken "second" now, it would have passed "first" for good.
      expect(seen).toEqual([]);
      release.open();
      await first;
    }
    const all = await readEvents(t.runtime.em(), { after: before, upTo: await horizon.advance(t.runtime.em()), limit: 10 });
    expect(all.map((e) => e.payload.n)).toEqual(['first', 'second']);
    expect(BigInt(all[0].id) < BigInt(all[1].id)).toBe(true);
  });

  it('moves past the id of a writer whose transaction rolled back', async () => {
    const horizon = new EventHorizon();
    const before = await horizon.catchUp(t.runtime.em());
    await expect(
      t.runtime.em().transactional(async (em) => {
        await appendEvents(em as never, [event('rolled back')]);
        throw new Error('changed its mind');
      }),
    ).rejects.toThrow('changed its mind');
    await t.runtime.em().transactional((em) => appendEvents(em as never, [event('kept')]));
    const upTo = await horizon.advance(t.runtime.em());
    const seen = await readEvents(t.runtime.em(), { after: before, upTo, limit: 10 });
    expect(seen.map((e) => e.payload.n)).toEqual(['kept']);
  });
});

describe('a start while a writer holds an event id', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await createTestPlatform({ jobs: false });
  });
  afterAll(() => t.close());

  it('waits for it, says which transaction it waits for, and starts after its event', async () => {
    const appended = gate();
    const release = gate();
    let holder = '';
    const held = t.runtime.em().transactional(async (em) => {
      await appendEvents(em as never, [event('held')]);
      [{ x: holder }] = await rows<{ x: string }>(em as never, sql`select xid(pg_current_xact_id())::text as x`);
      appended.open();
      await release.opened;
    });
    await appended.opened;
    const waitedFor: string[][] = [];
    let started: string | null = null;
    const starting = new EventHorizon()
      .catchUp(t.runtime.em(), (xids) => waitedFor.push(xids), 100)
      .then((position) => {
        started = position;
      });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(started).toBeNull();
    expect(waitedFor).toHaveLength(1);
    expect(waitedFor[0]).toContain(holder);
    release.open();
    await held;
    await starting;
    const [row] = await t.runtime
      .em()
      .getConnection()
      .execute(`select max(id)::text as id from lw_event where type = 'test.ordered'`);
    expect(BigInt(started as unknown as string) >= BigInt(row.id)).toBe(true);
  });
});
