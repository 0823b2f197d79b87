import { exec, Lanes, type Runtime, sql, type Tx } from '@lacewire/core';
import { withSlotRetry } from './services.ts';

/**
 * Bookings of one store contend for the same technicians' time: concurrent inserts into
 * overlapping ranges wait on each other's exclusion-constraint checks while holding other locks
 * (customer link, reminders, the event log), which deadlocked by the hundred in a burst. So they
 * take turns: one at a time per store on each instance (waiting in memory, not on a pooled
 * connection), and one at a time per store across instances (an advisory lock, taken first in the
 * transaction). Bookings of all stores together hold at most `total` connections: a burst in one
 * store can't drain the pool that reads and other stores need.
 */
export const BOOKING_LANES = { perKey: 1, total: 3, maxWaitMs: 10_000 };

const lanes = new WeakMap<Runtime, Lanes>();

function lanesOf(runtime: Runtime): Lanes {
  let found = lanes.get(runtime);
  if (!found) lanes.set(runtime, (found = new Lanes(BOOKING_LANES)));
  return found;
}

/** Serializes this store's bookings across instances until the transaction ends. */
async function lockStoreBookings(tx: Tx, storeId: string) {
  await exec(tx.em, sql`select pg_advisory_xact_lock(hashtextextended(${`appointments.booking:${storeId}`}, 0))`);
}

/**
 * Runs a write that takes a technician's time (book, reschedule) in its store's turn, retrying a
 * bounded number of times when the time was taken meanwhile (withSlotRetry).
 */
export function bookingWrite<T>(
  runtime: Runtime,
  runTx: <R>(fn: (tx: Tx) => Promise<R>) => Promise<R>,
  storeId: string,
  startsAt: Date,
  write: (tx: Tx) => Promise<T>,
): Promise<T> {
  return lanesOf(runtime).run(storeId, () =>
    withSlotRetry(
      () =>
        runTx(async (tx) => {
          await lockStoreBookings(tx, storeId);
          return write(tx);
        }),
      startsAt,
    ),
  );
}
