import { type LoggedEvent, type Runtime, rows, sql } from '@lacewire/core';
import { Repeater } from 'graphql-yoga';
import { METRIC_EVENT_TYPES } from './inputs.ts';

const TYPES = new Set<string>(METRIC_EVENT_TYPES);
const consumerName = (type: string) => `metrics:${type}`;

/** Resolves once the metrics handler of each type has handled its events up to the given id. */
async function handled(runtime: Runtime, events: LoggedEvent[], timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const wanted = new Map<string, bigint>();
  for (const e of events) wanted.set(consumerName(e.type), BigInt(e.id));
  for (;;) {
    const found = await rows<{ name: string; position: string }>(
      runtime.em(),
      sql`select name, position from lw_consumer where name = any(${[...wanted.keys()]}::text[])`,
    );
    const behind = found.some((r) => BigInt(r.position) < (wanted.get(r.name) ?? 0n));
    if (!behind || Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * A live view: a first snapshot at once, then a new one each time events that change the
 * figures of these stores have been counted (bursts are coalesced into one snapshot).
 * The viewer's right to the stores is checked before this starts; the figures are aggregates.
 */
export function liveSnapshots<T>(runtime: Runtime, storeIds: Set<string>, snapshot: (cursor: string) => Promise<T>) {
  return new Repeater<T>(async (push, stop) => {
    let pending: LoggedEvent[] = [];
    let wake: (() => void) | null = null;
    let stopped = false;
    const unlisten = runtime.dispatcher.listen((event) => {
      if (!TYPES.has(event.type)) return;
      const storeId = (event.payload as { storeId?: unknown })?.storeId;
      // Receipts and call events of unknown stores are rare; an event without a store wakes everyone.
      if (typeof storeId === 'string' && !storeIds.has(storeId)) return;
      pending.push(event);
      wake?.();
    });
    stop.then(() => {
      stopped = true;
      unlisten();
      wake?.();
    });
    try {
      await push(await snapshot(runtime.dispatcher.position));
      while (!stopped) {
        if (pending.length === 0) {
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
          wake = null;
          continue;
        }
        const batch = pending;
        pending = [];
        const last = batch[batch.length - 1];
        await handled(runtime, batch);
        if (stopped) break;
        await push(await snapshot(last.id));
      }
    } catch (error) {
      stop(error);
    }
  });
}
