import { createTestPlatform, type TestPlatform } from '@lacewire/testing';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  account,
  BOOK,
  BOOK_FOR,
  CANCEL,
  customerOf,
  globalId,
  localTime,
  manyCustomers,
  middayZone,
  plugins,
  RESCHEDULE,
  SLOTS,
  shop,
} from './setup.ts';

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform({ plugins });
});
afterAll(() => t?.close());

describe('available slots', () => {
  it('come from shifts and durations, in the store time zone, with online services only for customers', async () => {
    const s = await shop(t, { zone: 'America/New_York', shift: { starts: '10:00', ends: '12:00' } });
    const customer = await t.customer();
    const from = localTime(s.zone, 2, 0);
    const to = localTime(s.zone, 3, 0);
    const r = await customer.query(SLOTS, { storeId: s.store.globalId, serviceIds: [s.services.clean], from, to });
    const slots = r.availableSlots.data;
    expect(slots.map((x: any) => DateTime.fromISO(x.local, { setZone: true }).toFormat('HH:mm'))).toEqual([
      '10:00',
      '10:30',
      '11:00',
    ]);
    expect(slots[0].local.slice(0, 16)).toBe(DateTime.fromJSDate(from, { zone: s.zone }).toISODate() + 'T10:00');
    expect(new Date(slots[0].startsAt).getTime()).toBe(localTime(s.zone, 2, 10).getTime());
    expect(slots[0]).toMatchObject({ freeTechnicians: 1, technicianIds: [] });
    // The in-store-only service is refused for customers, offered to staff (who also see who is free).
    const refused = await customer.query(SLOTS, { storeId: s.store.globalId, serviceIds: [s.services.assess], from, to });
    expect(refused.availableSlots.__typename).toBe('InvalidInput');
    const staff = await s.clerk.query(SLOTS, { storeId: s.store.globalId, serviceIds: [s.services.assess], from, to });
    expect(staff.availableSlots.data[0].technicianIds).toEqual([account(s.technicians[0].accountId)]);
  });

  it('apply minimum notice and horizon for customers', async () => {
    const s = await shop(t, { settings: { minNoticeMinutes: 24 * 60, maxHorizonDays: 3 } });
    const customer = await t.customer();
    const r = await customer.query(SLOTS, {
      storeId: s.store.globalId,
      serviceIds: [s.services.clean],
      from: new Date(),
      to: new Date(Date.now() + 10 * 86_400_000),
    });
    const starts = r.availableSlots.data.map((x: any) => new Date(x.startsAt).getTime());
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(Date.now() + 24 * 3_600_000 - 60_000);
    expect(Math.max(...starts)).toBeLessThanOrEqual(Date.now() + 3 * 86_400_000);
  });
});

describe('booking', () => {
  it('assigns a skilled technician, least loaded first, and streams the booking to the customer and the store', async () => {
    const s = await shop(t, {
      technicians: [
        { name: '王师傅', skills: ['cleaning'] },
        { name: '张大师', skills: ['cleaning', 'suede'] },
      ],
    });
    const customer = await customerOf(t, s);
    const other = await t.customer();
    const customerSub = customer.subscribe(`subscription { appointmentEvents { type appointment { status } } }`);
    const clerkSub = s.clerk.subscribe(`subscription($storeId: ID) { appointmentEvents(storeId: $storeId) { type cursor } }`, {
      storeId: s.store.globalId,
    });
    const otherSub = other.subscribe(`subscription { appointmentEvents { type } }`);
    await Promise.all([customerSub.ready(), clerkSub.ready(), otherSub.ready()]);

    // Suede needs 张大师.
    const suede = (
      await customer.query(BOOK, {
        input: { storeId: s.store.globalId, serviceIds: [s.services.suede], startsAt: localTime(s.zone, 2, 10) },
      })
    ).bookAppointment;
    expect(suede).toMatchObject({
      __typename: 'Appointment',
      status: 'confirmed',
      technicianId: account(s.technicians[1].accountId),
      priceMinor: 19800,
    });
    // Cleaning at 13:00: both qualify, 王师傅 has less booked that day.
    const clean = (
      await customer.query(BOOK, {
        input: {
          storeId: s.store.globalId,
          serviceIds: [s.services.clean, s.services.spray],
          startsAt: localTime(s.zone, 2, 13),
        },
      })
    ).bookAppointment;
    expect(clean).toMatchObject({ technicianId: account(s.technicians[0].accountId), priceMinor: 19600 });
    expect(new Date(clean.endsAt).getTime() - new Date(clean.startsAt).getTime()).toBe(90 * 60_000);

    expect(await customerSub.next()).toEqual({
      appointmentEvents: { type: 'appointment.booked', appointment: { status: 'confirmed' } },
    });
    const storeEvents = await clerkSub.take(2);
    expect(storeEvents.map((e: any) => e.appointmentEvents.type)).toEqual(['appointment.booked', 'appointment.booked']);
    await otherSub.expectSilence(300);

    // Resume after a cursor: the second booking is replayed.
    const resumed = s.clerk.subscribe(`subscription($after: String) { appointmentEvents(after: $after) { type } }`, {
      after: storeEvents[0].appointmentEvents.cursor,
    });
    expect(await resumed.next()).toEqual({ appointmentEvents: { type: 'appointment.booked' } });
    await Promise.all([customerSub.close(), clerkSub.close(), otherSub.close(), resumed.close()]);

    // The customer sees both on their profile.
    const mine = await customer.query(`{ viewer { customer { appointments { status services { name } } } } }`);
    expect(mine.viewer.customer.appointments.map((a: any) => a.services.map((x: any) => x.name))).toEqual([
      ['麂皮护理'],
      ['深度清洁', '防水喷雾'],
    ]);
  });

  it('20 concurrent bookings of one slot: exactly one succeeds, the rest get SlotTaken', async () => {
    const s = await shop(t);
    const customers = await manyCustomers(t, 20);
    const startsAt = localTime(s.zone, 3, 15);
    const results = await Promise.all(
      customers.map((c) => c.query(BOOK, { input: { storeId: s.store.globalId, serviceIds: [s.services.clean], startsAt } })),
    );
    const kinds = results.map((r) => r.bookAppointment.__typename);
    expect(kinds.filter((k) => k === 'Appointment')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'SlotTaken')).toHaveLength(19);
    const appointments = await s.clerk.query(
      `query($id: ID!) { node(id: $id) { ... on Store { appointments { edges { node { startsAt } } } } } }`,
      { id: s.store.globalId },
    );
    expect(appointments.node.appointments.edges).toHaveLength(1);
    // The slot is gone from the offer; the next one (with no buffer) is still there.
    const slots = await customers[0].query(SLOTS, {
      storeId: s.store.globalId,
      serviceIds: [s.services.clean],
      from: startsAt,
      to: new Date(startsAt.getTime() + 3 * 3_600_000),
    });
    const offered = slots.availableSlots.data.map((x: any) => new Date(x.startsAt).getTime());
    expect(offered).not.toContain(startsAt.getTime());
    expect(offered).toContain(startsAt.getTime() + 3_600_000);
  });

  it('with two technicians, a race for one slot books both and refuses the rest', async () => {
    const s = await shop(t, {
      technicians: [
        { name: 'A', skills: ['cleaning'] },
        { name: 'B', skills: ['cleaning'] },
      ],
    });
    const customers = await manyCustomers(t, 8);
    const startsAt = localTime(s.zone, 3, 11);
    const results = await Promise.all(
      customers.map((c) => c.query(BOOK, { input: { storeId: s.store.globalId, serviceIds: [s.services.clean], startsAt } })),
    );
    expect(results.map((r) => r.bookAppointment.__typename).sort()).toEqual([
      ...Array(2).fill('Appointment'),
      ...Array(6).fill('SlotTaken'),
    ]);
    const booked = results
      .filter((r) => r.bookAppointment.__typename === 'Appointment')
      .map((r) => r.bookAppointment.technicianId);
    expect(booked.sort()).toEqual([account(s.technicians[0].accountId), account(s.technicians[1].accountId)].sort());
    expect(results.filter((r) => r.bookAppointment.__typename === 'SlotTaken')).toHaveLength(6);
  });

  it('refuses off-grid, too-soon, unknown-shoe and non-online bookings from customers', async () => {
    const s = await shop(t, { settings: { minNoticeMinutes: 120 } });
    const customer = await t.customer();
    const book = (input: Record<string, unknown>) =>
      customer.query(BOOK, {
        input: { storeId: s.store.globalId, serviceIds: [s.services.clean], startsAt: localTime(s.zone, 2, 10), ...input },
      });
    expect((await book({ startsAt: localTime(s.zone, 2, 10, 10) })).bookAppointment.__typename).toBe('InvalidInput');
    expect((await book({ startsAt: new Date(Date.now() + 30 * 60_000) })).bookAppointment.__typename).toBe('InvalidInput');
    expect((await book({ serviceIds: [s.services.assess] })).bookAppointment.__typename).toBe('InvalidInput');
    expect((await book({ shoeIds: [globalId('Shoe', '00000000-0000-4000-8000-000000000999')] })).bookAppointment.__typename).toBe(
      'InvalidInput',
    );
    // Outside the shift (21:00 is closing time).
    expect((await book({ startsAt: localTime(s.zone, 2, 20, 30) })).bookAppointment.__typename).toBe('SlotTaken');
    const appointments = await s.clerk.query(
      `query($id: ID!) { node(id: $id) { ... on Store { appointments { edges { node { id } } } } } }`,
      { id: s.store.globalId },
    );
    expect(appointments.node.appointments.edges).toEqual([]);
  });

  it('the front desk books walk-ins at any free time, for registered customers, optionally with a chosen technician', async () => {
    const s = await shop(t, {
      zone: middayZone(),
      technicians: [
        { name: 'A', skills: ['cleaning'] },
        { name: 'B', skills: ['cleaning'] },
      ],
    });
    const customer = await customerOf(t, s);
    const stranger = await t.customer();
    const startsAt = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 7 * 60_000); // now-ish, off the grid
    const input = {
      storeId: s.store.globalId,
      customerId: customer.globalId,
      serviceIds: [s.services.assess],
      startsAt,
      technicianId: account(s.technicians[1].accountId),
    };
    const walkIn = (await s.clerk.query(BOOK_FOR, { input })).bookAppointmentForCustomer;
    expect(walkIn).toMatchObject({
      __typename: 'Appointment',
      status: 'confirmed',
      technicianId: account(s.technicians[1].accountId),
    });
    // A customer not registered at this store cannot be booked by its staff; technicians and customers cannot use it.
    expect(
      (await s.clerk.query(BOOK_FOR, { input: { ...input, customerId: globalId('Customer', stranger.accountId) } }))
        .bookAppointmentForCustomer.__typename,
    ).toBe('NotAllowed');
    expect((await s.technicians[0].query(BOOK_FOR, { input })).bookAppointmentForCustomer.__typename).toBe('NotAllowed');
    expect((await customer.query(BOOK_FOR, { input })).bookAppointmentForCustomer.__typename).toBe('NotAllowed');
  });
});

describe('changes', () => {
  it('reschedule keeps the technician when free and moves the slot; cancel frees it', async () => {
    const s = await shop(t);
    const customer = await customerOf(t, s);
    const booked = (
      await customer.query(BOOK, {
        input: { storeId: s.store.globalId, serviceIds: [s.services.clean], startsAt: localTime(s.zone, 2, 10) },
      })
    ).bookAppointment;
    const moved = (
      await customer.query(RESCHEDULE, { input: { appointmentId: booked.id, startsAt: localTime(s.zone, 2, 10, 30) } })
    ).rescheduleAppointment;
    expect(moved).toMatchObject({ __typename: 'Appointment', technicianId: booked.technicianId });
    expect(new Date(moved.startsAt).getTime()).toBe(localTime(s.zone, 2, 10, 30).getTime());
    // Another customer cannot take 10:30 but can take 10:00 now.
    const other = await t.customer();
    expect(
      (
        await other.query(BOOK, {
          input: { storeId: s.store.globalId, serviceIds: [s.services.clean], startsAt: localTime(s.zone, 2, 11) },
        })
      ).bookAppointment.__typename,
    ).toBe('SlotTaken');
    expect(
      (
        await other.query(BOOK, {
          input: { storeId: s.store.globalId, serviceIds: [s.services.spray], startsAt: localTime(s.zone, 2, 10) },
        })
      ).bookAppointment.__typename,
    ).toBe('Appointment');
    // Moving onto a taken time is SlotTaken and changes nothing.
    expect(
      (await customer.query(RESCHEDULE, { input: { appointmentId: booked.id, startsAt: localTime(s.zone, 2, 10) } }))
        .rescheduleAppointment.__typename,
    ).toBe('SlotTaken');
    const cancelled = (await customer.query(CANCEL, { input: { appointmentId: booked.id, reason: '出差' } })).cancelAppointment;
    expect(cancelled).toEqual({ __typename: 'Appointment', status: 'cancelled' });
    expect((await customer.query(CANCEL, { input: { appointmentId: booked.id } })).cancelAppointment.__typename).toBe(
      'InvalidAppointmentStatus',
    );
    expect(
      (
        await other.query(BOOK, {
          input: { storeId: s.store.globalId, serviceIds: [s.services.clean], startsAt: localTime(s.zone, 2, 11) },
        })
      ).bookAppointment.__typename,
    ).toBe('Appointment');
  });

  it('after the cut-off a customer can neither cancel nor reschedule; the front desk can', async () => {
    const s = await shop(t, { settings: { cancelCutoffMinutes: 48 * 60 } });
    const customer = await customerOf(t, s);
    const booked = (
      await customer.query(BOOK, {
        input: { storeId: s.store.globalId, serviceIds: [s.services.clean], startsAt: localTime(s.zone, 1, 15) },
      })
    ).bookAppointment;
    expect((await customer.query(CANCEL, { input: { appointmentId: booked.id } })).cancelAppointment).toMatchObject({
      __typename: 'TooLateToChange',
      cutoffMinutes: 2880,
    });
    expect(
      (await customer.query(RESCHEDULE, { input: { appointmentId: booked.id, startsAt: localTime(s.zone, 1, 16) } }))
        .rescheduleAppointment.__typename,
    ).toBe('TooLateToChange');
    const node = `query($id: ID!) { node(id: $id) { ... on Appointment { status startsAt } } }`;
    expect((await customer.query(node, { id: booked.id })).node).toEqual({ status: 'confirmed', startsAt: booked.startsAt });
    expect((await s.clerk.query(CANCEL, { input: { appointmentId: booked.id } })).cancelAppointment).toEqual({
      __typename: 'Appointment',
      status: 'cancelled',
    });
  });

  it('staff confirm pending online bookings, check in (appointment.checkedIn) and record no-shows', async () => {
    const s = await shop(t, { zone: middayZone(), settings: { autoConfirm: false } });
    const customer = await customerOf(t, s);
    const CONFIRM = `mutation($input: ConfirmAppointmentInput!) { confirmAppointment(input: $input) { __typename ... on Appointment { status } } }`;
    const CHECK_IN = `mutation($input: CheckInAppointmentInput!) { checkInAppointment(input: $input) { __typename ... on Appointment { status checkedInAt } } }`;
    const NO_SHOW = `mutation($input: MarkAppointmentNoShowInput!) { markAppointmentNoShow(input: $input) { __typename ... on Appointment { status } ... on Error { message } } }`;
    const booked = (
      await customer.query(BOOK, {
        input: { storeId: s.store.globalId, serviceIds: [s.services.clean], startsAt: localTime(s.zone, 2, 10) },
      })
    ).bookAppointment;
    expect(booked.status).toBe('booked');
    await t.settle();
    const sub = customer.subscribe(`subscription($id: ID) { appointmentEvents(appointmentId: $id) { type } }`, { id: booked.id });
    await sub.ready();
    expect((await s.technicians[0].query(CONFIRM, { input: { appointmentId: booked.id } })).confirmAppointment.__typename).toBe(
      'NotAllowed',
    );
    expect((await customer.query(CONFIRM, { input: { appointmentId: booked.id } })).confirmAppointment.__typename).toBe(
      'NotAllowed',
    );
    expect((await s.clerk.query(CONFIRM, { input: { appointmentId: booked.id } })).confirmAppointment).toEqual({
      __typename: 'Appointment',
      status: 'confirmed',
    });
    // Not started yet: no no-show.
    expect((await s.clerk.query(NO_SHOW, { input: { appointmentId: booked.id } })).markAppointmentNoShow.__typename).toBe(
      'InvalidInput',
    );
    expect((await customer.query(CHECK_IN, { input: { appointmentId: booked.id } })).checkInAppointment.__typename).toBe(
      'NotAllowed',
    );
    const checkedIn = (await s.technicians[0].query(CHECK_IN, { input: { appointmentId: booked.id } })).checkInAppointment;
    expect(checkedIn.status).toBe('checkedIn');
    expect((await sub.take(2)).map((e: any) => e.appointmentEvents.type)).toEqual([
      'appointment.confirmed',
      'appointment.checkedIn',
    ]);
    await sub.close();

    // A walk-in that started a moment ago and never came: no-show frees the time.
    const walkIn = (
      await s.clerk.query(BOOK_FOR, {
        input: {
          storeId: s.store.globalId,
          customerId: customer.globalId,
          serviceIds: [s.services.spray],
          startsAt: new Date(Date.now() - 60_000),
        },
      })
    ).bookAppointmentForCustomer;
    expect(walkIn.__typename).toBe('Appointment');
    expect(
      (await s.technicians[0].query(NO_SHOW, { input: { appointmentId: walkIn.id } })).markAppointmentNoShow.__typename,
    ).toBe('NotAllowed');
    expect((await s.clerk.query(NO_SHOW, { input: { appointmentId: walkIn.id } })).markAppointmentNoShow).toEqual({
      __typename: 'Appointment',
      status: 'noShow',
    });
  });
});

describe('authorization', () => {
  it('appointments are visible to their customer, their technician and the store desk only', async () => {
    const s = await shop(t, {
      technicians: [
        { name: 'A', skills: ['cleaning'] },
        { name: 'B', skills: ['cleaning'] },
      ],
    });
    const elsewhere = await shop(t);
    const customer = await customerOf(t, s);
    const other = await t.customer();
    const booked = (
      await customer.query(BOOK, {
        input: { storeId: s.store.globalId, serviceIds: [s.services.clean], startsAt: localTime(s.zone, 2, 10) },
      })
    ).bookAppointment;
    const assigned = s.technicians.find((x) => account(x.accountId) === booked.technicianId);
    const unassigned = s.technicians.find((x) => account(x.accountId) !== booked.technicianId);
    const node = `query($id: ID!) { node(id: $id) { ... on Appointment { status customer { name } } } }`;
    expect((await customer.query(node, { id: booked.id })).node.status).toBe('confirmed');
    expect((await s.clerk.query(node, { id: booked.id })).node.customer.name).toBeTruthy();
    expect((await assigned!.query(node, { id: booked.id })).node.status).toBe('confirmed');
    expect((await unassigned!.query(node, { id: booked.id })).node).toBeNull();
    expect((await other.query(node, { id: booked.id })).node).toBeNull();
    expect((await elsewhere.clerk.query(node, { id: booked.id })).node).toBeNull();
    expect((await t.anonymous().query(node, { id: booked.id })).node).toBeNull();

    const list = `query($id: ID!) { node(id: $id) { ... on Store { appointments { edges { node { id } } } } } }`;
    expect((await unassigned!.query(list, { id: s.store.globalId })).node.appointments.edges).toEqual([]);
    expect((await assigned!.query(list, { id: s.store.globalId })).node.appointments.edges).toHaveLength(1);
    expect((await elsewhere.clerk.request(list, { id: s.store.globalId })).errors?.[0].message).toMatch(/not allowed/i);
    expect((await customer.request(list, { id: s.store.globalId })).errors?.[0].message).toMatch(/not allowed/i);

    // Changing: another customer, another store's desk, the technicians.
    for (const client of [other, elsewhere.clerk, assigned!, unassigned!]) {
      expect((await client.query(CANCEL, { input: { appointmentId: booked.id } })).cancelAppointment.__typename).toBe(
        'NotAllowed',
      );
      expect(
        (await client.query(RESCHEDULE, { input: { appointmentId: booked.id, startsAt: localTime(s.zone, 2, 11) } }))
          .rescheduleAppointment.__typename,
      ).toBe('NotAllowed');
    }
    expect(
      (
        await elsewhere.clerk.query(
          `mutation($input: CheckInAppointmentInput!) { checkInAppointment(input: $input) { __typename } }`,
          { input: { appointmentId: booked.id } },
        )
      ).checkInAppointment.__typename,
    ).toBe('NotAllowed');
    expect(
      (await customer.query(`query($id: ID!) { node(id: $id) { ... on Appointment { status } } }`, { id: booked.id })).node
        .status,
    ).toBe('confirmed');
  });

  it('events reach only the customer, the assigned technician and the store desk', async () => {
    const s = await shop(t, {
      technicians: [
        { name: 'A', skills: ['cleaning'] },
        { name: 'B', skills: ['cleaning'] },
      ],
    });
    const elsewhere = await shop(t);
    const customer = await customerOf(t, s);
    const other = await t.customer();
    const SUB = `subscription { appointmentEvents { type } }`;
    const subs = {
      customer: customer.subscribe(SUB),
      other: other.subscribe(SUB),
      clerk: s.clerk.subscribe(SUB),
      elsewhere: elsewhere.clerk.subscribe(SUB),
      techA: s.technicians[0].subscribe(SUB),
      techB: s.technicians[1].subscribe(SUB),
    };
    await Promise.all(Object.values(subs).map((x) => x.ready()));
    const booked = (
      await s.clerk.query(BOOK_FOR, {
        input: {
          storeId: s.store.globalId,
          customerId: customer.globalId,
          serviceIds: [s.services.clean],
          startsAt: localTime(s.zone, 2, 10),
          technicianId: account(s.technicians[0].accountId),
        },
      })
    ).bookAppointmentForCustomer;
    expect(booked.technicianId).toBe(account(s.technicians[0].accountId));
    for (const key of ['customer', 'clerk', 'techA'] as const)
      expect(await subs[key].next()).toEqual({ appointmentEvents: { type: 'appointment.booked' } });
    for (const key of ['other', 'elsewhere', 'techB'] as const) await subs[key].expectSilence(300);
    await Promise.all(Object.values(subs).map((x) => x.close()));
  });

  it('only store admins manage shifts and booking settings; shifts stay inside opening hours', async () => {
    const s = await shop(t);
    const SET = `mutation($input: SetShiftTemplateInput!) { setShiftTemplate(input: $input) { __typename ... on Error { message } } }`;
    const input = {
      storeId: s.store.globalId,
      technicianId: account(s.technicians[0].accountId),
      shifts: [{ weekday: 1, starts: '10:00', ends: '18:00' }],
    };
    expect((await s.clerk.query(SET, { input })).setShiftTemplate.__typename).toBe('NotAllowed');
    expect((await s.technicians[0].query(SET, { input })).setShiftTemplate.__typename).toBe('NotAllowed');
    expect(
      (await s.admin.query(SET, { input: { ...input, shifts: [{ weekday: 1, starts: '08:00', ends: '18:00' }] } }))
        .setShiftTemplate.__typename,
    ).toBe('InvalidInput');
    expect(
      (await s.admin.query(SET, { input: { ...input, technicianId: account(s.clerk.accountId) } })).setShiftTemplate.__typename,
    ).toBe('InvalidInput');
    const SETTINGS = `mutation($input: UpdateBookingSettingsInput!) { updateBookingSettings(input: $input) { __typename } }`;
    expect(
      (await s.clerk.query(SETTINGS, { input: { storeId: s.store.globalId, bufferMinutes: 5 } })).updateBookingSettings
        .__typename,
    ).toBe('NotAllowed');
    const EXCEPTION = `mutation($input: AddShiftExceptionInput!) { addShiftException(input: $input) { __typename ... on ShiftException { id } ... on Error { message } } }`;
    const date = DateTime.now().setZone(s.zone).plus({ days: 2 }).toISODate();
    expect(
      (
        await s.clerk.query(EXCEPTION, {
          input: { storeId: s.store.globalId, technicianId: account(s.technicians[0].accountId), date, kind: 'off' },
        })
      ).addShiftException.__typename,
    ).toBe('NotAllowed');
    // A day off removes that day's slots.
    const off = (
      await s.admin.query(EXCEPTION, {
        input: { storeId: s.store.globalId, technicianId: account(s.technicians[0].accountId), date, kind: 'off', note: '年假' },
      })
    ).addShiftException;
    expect(off.__typename).toBe('ShiftException');
    const customer = await t.customer();
    const day = await customer.query(SLOTS, {
      storeId: s.store.globalId,
      serviceIds: [s.services.clean],
      from: localTime(s.zone, 2, 0),
      to: localTime(s.zone, 3, 0),
    });
    expect(day.availableSlots.data).toEqual([]);
    const removed = await s.admin.query(
      `mutation($input: RemoveShiftExceptionInput!) { removeShiftException(input: $input) { __typename } }`,
      { input: { id: off.id } },
    );
    expect(removed.removeShiftException.__typename).toBe('ShiftException');
    const again = await customer.query(SLOTS, {
      storeId: s.store.globalId,
      serviceIds: [s.services.clean],
      from: localTime(s.zone, 2, 0),
      to: localTime(s.zone, 3, 0),
    });
    expect(again.availableSlots.data.length).toBeGreaterThan(0);
  });

  it('online booking can be switched off per store (gray rollout)', async () => {
    const s = await shop(t);
    const owner = await t.owner();
    await owner.query(`mutation($input: SwitchFeatureInput!) { switchFeature(input: $input) { __typename } }`, {
      input: { storeIds: [s.store.globalId], feature: 'onlineBooking', enabled: false },
    });
    const customer = await t.customer();
    const r = await customer.query(BOOK, {
      input: { storeId: s.store.globalId, serviceIds: [s.services.clean], startsAt: localTime(s.zone, 2, 10) },
    });
    expect(r.bookAppointment.__typename).toBe('FeatureDisabled');
    expect(
      (
        await t.anonymous().query(BOOK, {
          input: { storeId: s.store.globalId, serviceIds: [s.services.clean], startsAt: localTime(s.zone, 2, 10) },
        })
      ).bookAppointment.__typename,
    ).toBe('NotAllowed');
    expect(
      (
        await s.clerk.query(BOOK, {
          input: { storeId: s.store.globalId, serviceIds: [s.services.clean], startsAt: localTime(s.zone, 2, 10) },
        })
      ).bookAppointment.__typename,
    ).toBe('NotAllowed');
  });
});
