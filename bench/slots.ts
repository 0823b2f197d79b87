/**
 * Slots benchmark: `pnpm exec node bench/slots.ts [--quick]` (PostgreSQL at DATABASE_URL or 127.0.0.1:5432).
 *
 * `availableSlots` for one store with 10 technicians over 14 days: weekly shifts (some split),
 * days off and extra hours, about half of the working time already booked, a 60-minute service
 * with a 10-minute buffer on a 15-minute grid. Measured three ways:
 *   1. the slot engine alone (computeSlots on data in memory),
 *   2. the service as the resolver calls it (reads shifts, exceptions, appointments, then computes),
 *   3. the whole stack: GraphQL over HTTP as a customer.
 * Prints p50/p95/p99 beside the target (p95 < 50 ms for 2); never fails on time.
 */
import { cpus, loadavg } from 'node:os';
import { createTestDatabase, createTestPlatform, globalId } from '@lacewire/testing';
import {
  addShiftException,
  appointmentsPlugin,
  availableSlots,
  bookAppointment,
  bookingContext,
  computeSlots,
  setShiftTemplate,
  updateSettings,
  withSlotRetry,
} from '../plugins/appointments/src/index.ts';
import { catalogPlugin, createService, setTechnicianSkills } from '../plugins/catalog/src/index.ts';
import { customersPlugin, ensureCustomer } from '../plugins/customers/src/index.ts';

const quick = process.argv.includes('--quick');
const ROUNDS = quick ? 50 : 300;
const TECHNICIANS = 10;
const DAYS = 14;
const ZONE_OFFSET_H = 8; // Asia/Shanghai, no DST

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(1));
function report(name: string, samples: number[]) {
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  console.log(
    `| ${name.padEnd(46)} | ${ms(percentile(samples, 50)).padStart(7)} | ${ms(percentile(samples, 95)).padStart(7)} | ${ms(percentile(samples, 99)).padStart(7)} | ${ms(mean).padStart(7)} |`,
  );
}
/** Local wall time in Shanghai (days from today) as a Date. */
function shanghai(days: number, hour: number, minute = 0) {
  const now = new Date(Date.now() + ZONE_OFFSET_H * 3_600_000);
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days, hour - ZONE_OFFSET_H, minute));
}
const isoDate = (d: Date) => new Date(d.getTime() + ZONE_OFFSET_H * 3_600_000).toISOString().slice(0, 10);

const database = await createTestDatabase();
const t = await createTestPlatform({ plugins: [customersPlugin, catalogPlugin, appointmentsPlugin], databaseUrl: database.url });
try {
  const store = await t.store('基准店');
  const admin = await t.staff(store, 'storeAdmin');
  const techs: string[] = [];
  for (let i = 0; i < TECHNICIANS; i++) techs.push((await t.staff(store, 'technician', `技师${i + 1}`)).accountId);
  const serviceId = await t.runtime.tx(async (tx) => {
    await updateSettings(tx, store.id, { slotStepMinutes: 15, bufferMinutes: 10, minNoticeMinutes: 0, maxHorizonDays: 30 });
    for (const [i, id] of techs.entries()) {
      await setTechnicianSkills(tx, store.id, id, i % 3 === 0 ? ['cleaning', 'suede'] : ['cleaning']);
      // Half work a straight day, half a split shift; everyone has one weekday off.
      const shifts = [0, 1, 2, 3, 4, 5, 6]
        .filter((d) => d !== i % 7)
        .flatMap((weekday) =>
          i % 2 === 0
            ? [{ weekday, starts: '09:00', ends: '18:00' }]
            : [
                { weekday, starts: '11:00', ends: '14:30' },
                { weekday, starts: '15:30', ends: '21:00' },
              ],
        );
      await setShiftTemplate(tx, store.id, id, shifts);
      await addShiftException(tx, store.id, id, { date: isoDate(shanghai(3 + (i % 5), 0)), kind: 'off', note: '年假' });
      await addShiftException(tx, store.id, id, {
        date: isoDate(shanghai(6 + (i % 4), 0)),
        kind: 'off',
        starts: '12:00',
        ends: '15:00',
      });
      await addShiftException(tx, store.id, id, {
        date: isoDate(shanghai(2 + (i % 6), 0)),
        kind: 'extra',
        starts: '19:00',
        ends: '21:00',
      });
    }
    const service = await createService(tx, store.id, {
      name: '深度清洁',
      category: 'cleaning',
      durationMinutes: 60,
      priceMinor: 12800,
      requiredSkills: ['cleaning'],
    });
    return service.id;
  });

  // About half of the working time booked: try every technician every 2 hours, 14 days.
  const customer = await t.customer();
  await t.runtime.tx((tx) => ensureCustomer(tx, customer.accountId));
  let booked = 0;
  for (let day = 1; day <= DAYS; day++) {
    for (let hour = 9; hour < 21; hour += 2) {
      for (const technicianId of techs) {
        try {
          await withSlotRetry(
            () =>
              t.runtime.tx((tx) =>
                bookAppointment(tx, {
                  storeId: store.id,
                  customerId: customer.accountId,
                  serviceIds: [serviceId],
                  startsAt: shanghai(day, hour, (booked % 4) * 15),
                  technicianId,
                  online: false,
                  createdBy: admin.accountId,
                }),
              ),
            new Date(),
          );
          booked++;
        } catch {
          // not working then
        }
      }
    }
  }

  const from = shanghai(1, 0);
  const to = shanghai(1 + DAYS, 0);
  const request = { storeId: store.id, serviceIds: [serviceId], from, to, online: true };
  const first = await availableSlots(t.runtime.em(), request);
  console.log(
    `# availableSlots — ${TECHNICIANS} technicians, ${DAYS} days, ${booked} existing appointments, ${first.slots.length} slots offered`,
  );
  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; ${ROUNDS} rounds each after warm-up.\n`,
  );
  console.log(
    `| ${'measure (ms)'.padEnd(46)} | ${'p50'.padStart(7)} | ${'p95'.padStart(7)} | ${'p99'.padStart(7)} | ${'mean'.padStart(7)} |`,
  );
  console.log(`|${'-'.repeat(48)}|${'-'.repeat(8)}:|${'-'.repeat(8)}:|${'-'.repeat(8)}:|${'-'.repeat(8)}:|`);

  // The engine alone, on exactly the data the service reads.
  const context = await bookingContext(t.runtime.em(), store.id, [serviceId], true, { from: from.getTime(), to: to.getTime() });
  const engine = () => computeSlots({ ...context.query, stepMinutes: 15, from: from.getTime(), to: to.getTime() });
  if (engine().length !== first.slots.length) console.log(`(engine check: ${engine().length} vs ${first.slots.length} slots)`);
  const time = async (fn: () => unknown) => {
    for (let i = 0; i < Math.min(20, ROUNDS); i++) await fn();
    const samples: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const started = performance.now();
      await fn();
      samples.push(performance.now() - started);
    }
    return samples;
  };
  report('1. slot engine only (computeSlots)', await time(engine));
  report('2. service availableSlots(em) with its reads', await time(() => availableSlots(t.runtime.em(), request)));
  const QUERY = `query($storeId: ID!, $serviceIds: [ID!]!, $from: DateTime!, $to: DateTime!) {
    availableSlots(storeId: $storeId, serviceIds: $serviceIds, from: $from, to: $to) { ... on QueryAvailableSlotsSuccess { data { startsAt local freeTechnicians } } } }`;
  const serviceGlobal = globalId('Service', serviceId);
  const vars = { storeId: store.globalId, serviceIds: [serviceGlobal], from, to };
  report('3. GraphQL over HTTP as a customer', await time(() => customer.query(QUERY, vars)));
  console.log(
    `\nTarget: p95 under 50 ms for (2) on a 2-core machine. Load average now ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (other work on the machine shows in p95/p99). Figures only; nothing fails on time.`,
  );
} finally {
  await t.close();
  await database.drop();
}
