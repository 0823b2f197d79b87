import { createTestPlatform, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendEvents, lastEventId, readEvents } from '../../packages/core/src/events/log.ts';

const event = (n: string) => ({ type: 'test.ordered', payload: { n }, audience: {} });

describe('the event log', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await createTestPlatform();
  });
  afterAll(() => t.close());

  it('gives ids in commit order: a later writer waits until the earlier one committed', async () => {
    const before = await lastEventId(t.runtime.em());
    let appended!: () => void;
    const firstAppended = new Promise<void>((resolve) => {
      appended = resolve;
    });
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const first = t.runtime.em().transactional(async (em) => {
      await appendEvents(em as never, [event('first')]);
      appended();
      await held;
    });
    await firstAppended;

    let secondDone = false;
    const second = t.runtime
      .em()
      .transactional((em) => appendEvents(em as never, [event('second')]))
      .then(() => {
        secondDone = true;
      });
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Had the second taken an id and committed now, a reader would pass the first's id for good.
    expect(secondDone).toBe(false);
    expect(await readEvents(t.runtime.em(), { after: before, limit: 10 })).toEqual([]);

    release();
    await Promise.all([first, second]);
    const events = await readEvents(t.runtime.em(), { after: before, limit: 10 });
    expect(events.map((e) => e.payload.n)).toEqual(['first', 'second']);
    expect(BigInt(events[0].id) < BigInt(events[1].id)).toBe(true);
  });
});
