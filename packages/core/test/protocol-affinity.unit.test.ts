import { describe, expect, it } from 'vitest';
import { checkInternals, installedVersion, keepRequestsTogether, PATCHED_VERSION } from '../src/database/protocol-affinity.ts';

const shapedQueue = () => ({
  queue: [],
  processing: false,
  lastHandlerId: null,
  processQueue: async () => {},
  clearQueueForHandler: () => {},
  db: { isInTransaction: () => false, runExclusive: async () => {}, execProtocolRawStream: async () => {} },
});

describe("the patch to pglite-socket's query queue", () => {
  it('is written for the installed release', () => {
    expect(installedVersion()).toBe(PATCHED_VERSION);
    expect(() => checkInternals(shapedQueue(), PATCHED_VERSION)).not.toThrow();
  });

  it('refuses another release, naming the upstream issue, and replaces nothing', () => {
    const queue = shapedQueue();
    const before = queue.processQueue;
    expect(() => keepRequestsTogether({ queryQueue: queue } as never, 5000, '0.3.0')).toThrow(
      /pglite-socket 0\.3\.0.*electric-sql\/pglite#1046/s,
    );
    expect(queue.processQueue).toBe(before);
  });

  it('refuses a queue of another shape', () => {
    const { processQueue: _, ...withoutMethod } = shapedQueue();
    expect(() => checkInternals(withoutMethod, PATCHED_VERSION)).toThrow(/another shape/);
    expect(() => checkInternals({ ...shapedQueue(), db: {} }, PATCHED_VERSION)).toThrow(/another shape/);
    expect(() => checkInternals(undefined, PATCHED_VERSION)).toThrow(/another shape/);
  });
});
