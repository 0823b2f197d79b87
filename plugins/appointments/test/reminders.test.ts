import { createTestDatabase, createTestPlatform, localId, type TestDatabase } from '@lacewire/testing';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { BOOK, CANCEL, customerOf, localTime, plugins, RESCHEDULE, shop } from './setup.ts';

let database: TestDatabase;
afterAll(() => database?.drop());

async function reminderJobs(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `select key, run_at, payload from graphile_worker._private_jobs where key like 'appointments.remind:%' order by key`,
    );
    return rows as { key: string; run_at: Date; payload: { appointmentId: string; offsetMinutes: number; startsAt: string } }[];
  } finally {
    await client.end();
  }
}

it('reminders are durable jobs: they survive a restart, follow a reschedule and are not sent for a cancelled visit', async () => {
  database = await createTestDatabase();
  // Instance 1 takes the bookings, then goes down before any reminder is due.
  const first = await createTestPlatform({ plugins, databaseUrl: database.url });
  const s = await shop(first);
  const customer = await customerOf(first, s);
  const book = async (hour: number) =>
    (
      await customer.query(BOOK, {
        input: { storeId: s.store.globalId, serviceIds: [s.services.clean], startsAt: localTime(s.zone, 3, hour) },
      })
    ).bookAppointment;
  const kept = await book(10);
  const moved = await book(12);
  const cancelled = await book(14);
  const rescheduled = await customer.query(RESCHEDULE, {
    input: { appointmentId: moved.id, startsAt: localTime(s.zone, 3, 16) },
  });
  expect(rescheduled.rescheduleAppointment.__typename).toBe('Appointment');
  expect((await customer.query(CANCEL, { input: { appointmentId: cancelled.id } })).cancelAppointment.__typename).toBe(
    'Appointment',
  );

  // Default offsets (24 h and 2 h): two jobs for each live appointment, keyed; none for the cancelled one;
  // the moved one's jobs were replaced, not added.
  const jobs = await reminderJobs(database.url);
  expect(jobs).toHaveLength(4);
  const movedId = localId(moved.id);
  const movedJobs = jobs.filter((j) => j.payload.appointmentId === movedId);
  expect(movedJobs.map((j) => j.payload.startsAt)).toEqual([
    localTime(s.zone, 3, 16).toISOString(),
    localTime(s.zone, 3, 16).toISOString(),
  ]);
  expect(movedJobs.map((j) => new Date(j.run_at).getTime()).sort()).toEqual(
    [localTime(s.zone, 3, 16).getTime() - 24 * 3_600_000, localTime(s.zone, 3, 16).getTime() - 2 * 3_600_000].sort(),
  );
  const token = customer.token as string;
  const clerkToken = s.clerk.token as string;
  await first.close();

  // Time passes while the server is down: the reminders fall due.
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query(`update graphile_worker._private_jobs set run_at = now() where key like 'appointments.remind:%'`);
  await client.end();

  // Instance 2 starts on the same database and sends them.
  const second = await createTestPlatform({ plugins, databaseUrl: database.url });
  try {
    const sub = second
      .withToken(token)
      .subscribe(`subscription { appointmentEvents(after: "0") { type offsetMinutes appointment { id startsAt } } }`);
    const desk = second.withToken(clerkToken).subscribe(`subscription { appointmentEvents(after: "0") { type } }`);
    const events: any[] = [];
    while (events.length < 4) {
      const value = (await sub.next(15_000)).appointmentEvents;
      if (value.type === 'appointment.reminded') events.push(value);
    }
    expect(events.map((e) => [e.appointment.id, e.offsetMinutes]).sort()).toEqual(
      [
        [kept.id, 1440],
        [kept.id, 120],
        [moved.id, 1440],
        [moved.id, 120],
      ].sort(),
    );
    for (const e of events.filter((x) => x.appointment.id === moved.id))
      expect(e.appointment.startsAt).toBe(localTime(s.zone, 3, 16).toISOString());
    await sub.expectSilence(1500);
    expect(await reminderJobs(database.url)).toEqual([]);
    // The store desk hears them too.
    const deskTypes: string[] = [];
    while (deskTypes.filter((x) => x === 'appointment.reminded').length < 4)
      deskTypes.push((await desk.next(5000)).appointmentEvents.type);
    await Promise.all([sub.close(), desk.close()]);
  } finally {
    await second.close();
  }
}, 90_000);
