/**
 * Booking burst benchmark: `pnpm exec node bench/booking-burst.ts [--rounds=3] [--quick]` (quick: one round) (PostgreSQL at
 * DATABASE_URL or 127.0.0.1:5432; a fresh database per run).
 *
 * Issue 17's burst (test/security/booking-burst-scenario.ts): 40 customers book 10 overlapping
 * start times of one store at the same moment over GraphQL/HTTP, while a clerk of another store
 * reads a conversation every 50 ms and a customer there sends a chat message every 400 ms. The
 * clients run in a worker thread (one connection per person), the server here. Prints p50/p99/max
 * of each beside the targets (booking p99 < 1 s, unrelated p99 < 100 ms), the deadlocks PostgreSQL
 * counted and the load average (the machine is shared); never fails on time.
 */
import { cpus, loadavg } from 'node:os';
import { createTestDatabase } from '@lacewire/testing';
import { bookingBurstScenario, percentile, type Timed } from '../test/security/booking-burst-scenario.ts';

const rounds = Number(
  process.argv.find((a) => a.startsWith('--rounds='))?.split('=')[1] ?? (process.argv.includes('--quick') ? 1 : 3),
);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const ms = (v: number) => v.toFixed(v < 10 ? 1 : 0);

console.log(`# Booking burst — ${rounds} rounds, each on a fresh database`);
console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, load average ${load()}\n`);
console.log(
  '| round | burst (ms) | booked | bookings p50 / p99 / max (ms) | reads p50 / p99 / max (ms) | chat p50 / p99 / max (ms) | deadlocks |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|');
const all = { bookings: [] as number[], reads: [] as number[], messages: [] as number[] };
const row = (samples: Timed[]) => {
  const values = samples.map((s) => s.ms);
  return `${ms(percentile(values, 50))} / ${ms(percentile(values, 99))} / ${ms(Math.max(...values))}`;
};
for (let round = 1; round <= rounds; round++) {
  const database = await createTestDatabase();
  const scenario = await bookingBurstScenario({ databaseUrl: database.url });
  try {
    const r = await scenario.run();
    const booked = r.bookings.filter((b) => b.result === 'Appointment').length;
    const failed = [...r.bookings, ...r.reads, ...r.messages].filter((s) => s.result.startsWith('error'));
    console.log(
      `| ${round} | ${ms(r.burstMs)} | ${booked} | ${row(r.bookings)} | ${row(r.reads)} (${r.reads.length}) | ${row(r.messages)} (${r.messages.length}) | ${r.deadlocks}${failed.length ? ` · ${failed.length} errors` : ''} |`,
    );
    all.bookings.push(...r.bookings.map((b) => b.ms));
    all.reads.push(...r.reads.map((b) => b.ms));
    all.messages.push(...r.messages.map((b) => b.ms));
  } finally {
    await scenario.close();
    await database.drop();
  }
}
console.log(
  `\nAll rounds: booking p99 ${ms(percentile(all.bookings, 99))} ms (target < 1000), ` +
    `read p99 ${ms(percentile(all.reads, 99))} ms, chat p99 ${ms(percentile(all.messages, 99))} ms (target < 100 each). Load average now ${load()}.`,
);
