import { defineRequestClass, exec, type Runtime, sql, type Tx } from '@lacewire/core';
import { withSlotRetry } from './services.ts';

/**
 * Bookings and reschedules: a request class with its own share of the connection pool (its
 * mutations name it with `inRequestClass(BOOKINGS)`), so a burst of them — everything they do,
 * the viewer's lookup included — waits for that share instead of draining the pool that reads
 * and other stores need. Bookings of one store contend for the same technicians' time:
 * concurrent inserts into overlapping ranges wait on each other's exclusion-constraint checks
 * while holding other locks (customer link, reminders, the event log), which deadlocked by the
 * hundred in a burst. So they take turns: one at a time per store on each instance (waiting in
 * memory, not on a pooled connection), and one at a time per store across instances (an advisory
 * lock, taken first in the transaction).
 */
export const BOOKINGS = defineRequestClass({ name: 'bookings', share: 0.4, perKey: 1, maxWaitMs: 10_000 });

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
  return runtime.budgets.turn(BOOKINGS, storeId, () =>
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
