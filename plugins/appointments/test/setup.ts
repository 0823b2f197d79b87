import { catalogPlugin } from '@lacewire/plugin-catalog';
import { customersPlugin } from '@lacewire/plugin-customers';
import { globalId, localId, type TestClient, type TestPlatform, type TestStore } from '@lacewire/testing';
import { DateTime } from 'luxon';
import { appointmentsPlugin } from '../src/index.ts';

export const plugins = [customersPlugin, catalogPlugin, appointmentsPlugin];

export const BOOK = `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) {
  __typename ... on Appointment { id status startsAt endsAt technicianId priceMinor } ... on SlotTaken { startsAt } ... on Error { message } } }`;
export const BOOK_FOR = `mutation($input: BookAppointmentForCustomerInput!) { bookAppointmentForCustomer(input: $input) {
  __typename ... on Appointment { id status startsAt technicianId } ... on Error { message } } }`;
export const SLOTS = `query($storeId: ID!, $serviceIds: [ID!]!, $from: DateTime!, $to: DateTime!) {
  availableSlots(storeId: $storeId, serviceIds: $serviceIds, from: $from, to: $to) {
    __typename ... on QueryAvailableSlotsSuccess { data { startsAt endsAt local freeTechnicians technicianIds } } ... on Error { message } } }`;
export const CANCEL = `mutation($input: CancelAppointmentInput!) { cancelAppointment(input: $input) {
  __typename ... on Appointment { status } ... on TooLateToChange { cutoffMinutes } ... on Error { message } } }`;
export const RESCHEDULE = `mutation($input: RescheduleAppointmentInput!) { rescheduleAppointment(input: $input) {
  __typename ... on Appointment { status startsAt technicianId } ... on Error { message } } }`;
export const REGISTER = `mutation($input: RegisterCustomerInput!) { registerCustomer(input: $input) { __typename ... on Customer { id } } }`;

export interface Shop {
  store: TestStore;
  admin: TestClient & { accountId: string };
  clerk: TestClient & { accountId: string };
  technicians: (TestClient & { accountId: string })[];
  services: Record<string, string>;
  zone: string;
}

export interface ShopOptions {
  zone?: string;
  technicians?: { name: string; skills: string[] }[];
  settings?: Record<string, unknown>;
  shift?: { starts: string; ends: string };
  /** Which features the store starts with: every one (default) or each feature's default. */
  features?: 'all' | 'defaults';
}

/** A store with technicians (skills, a shift every day), services and booking settings, set up through the API. */
export async function shop(t: TestPlatform, options: ShopOptions = {}): Promise<Shop> {
  const zone = options.zone ?? 'Asia/Shanghai';
  const store = await t.store(undefined, { timeZone: zone, features: options.features });
  const admin = await t.staff(store, 'storeAdmin');
  const clerk = await t.staff(store, 'clerk');
  const technicians = [];
  for (const tech of options.technicians ?? [{ name: '王师傅', skills: ['cleaning', 'suede'] }]) {
    const client = await t.staff(store, 'technician', tech.name);
    await admin.query(`mutation($input: SetTechnicianSkillsInput!) { setTechnicianSkills(input: $input) { __typename } }`, {
      input: { storeId: store.globalId, accountId: globalId('Account', client.accountId), skills: tech.skills },
    });
    const shift = options.shift ?? { starts: '09:00', ends: '21:00' };
    const set = await admin.query(
      `mutation($input: SetShiftTemplateInput!) { setShiftTemplate(input: $input) { __typename ... on Error { message } } }`,
      {
        input: {
          storeId: store.globalId,
          technicianId: account(client.accountId),
          shifts: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, ...shift })),
        },
      },
    );
    if (set.setShiftTemplate.__typename !== 'MutationSetShiftTemplateSuccess') throw new Error(JSON.stringify(set));
    technicians.push(client);
  }
  const services: Record<string, string> = {};
  for (const s of [
    {
      key: 'clean',
      name: '深度清洁',
      category: 'cleaning',
      durationMinutes: 60,
      priceMinor: 12800,
      requiredSkills: ['cleaning'],
    },
    {
      key: 'suede',
      name: '麂皮护理',
      category: 'cleaning',
      durationMinutes: 90,
      priceMinor: 19800,
      requiredSkills: ['cleaning', 'suede'],
    },
    { key: 'spray', name: '防水喷雾', category: 'protection', durationMinutes: 30, priceMinor: 6800, requiredSkills: [] },
    {
      key: 'assess',
      name: '到店评估',
      category: 'other',
      durationMinutes: 30,
      priceMinor: 0,
      requiredSkills: [],
      bookableOnline: false,
    },
  ]) {
    const { key, ...input } = s;
    const r = await admin.query(
      `mutation($input: CreateServiceInput!) { createService(input: $input) { ... on Service { id } } }`,
      {
        input: { storeId: store.globalId, ...input },
      },
    );
    services[key] = r.createService.id;
  }
  const settings = await admin.query(
    `mutation($input: UpdateBookingSettingsInput!) { updateBookingSettings(input: $input) { __typename ... on Error { message } } }`,
    { input: { storeId: store.globalId, minNoticeMinutes: 0, bufferMinutes: 0, slotStepMinutes: 30, ...options.settings } },
  );
  if (settings.updateBookingSettings.__typename !== 'BookingSettings') throw new Error(JSON.stringify(settings));
  return { store, admin, clerk, technicians, services, zone };
}

/** A fixed-offset zone where it is around noon now (walk-in tests need "now" inside the shift). */
export function middayZone(): string {
  const offset = 12 - new Date().getUTCHours(); // -11 … +12
  return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

/** A local time `days` days from today in the zone. */
export function localTime(zone: string, days: number, hour: number, minute = 0): Date {
  return DateTime.now().setZone(zone).plus({ days }).set({ hour, minute, second: 0, millisecond: 0 }).toJSDate();
}

export async function customerOf(t: TestPlatform, s: Shop) {
  const customer = await t.customer();
  await s.clerk.query(REGISTER, { input: { storeId: s.store.globalId, phone: customer.phone, name: '顾客' } });
  return Object.assign(customer, { globalId: globalId('Customer', customer.accountId) });
}

/** A staff account's global id (technicianId arguments and fields). */
export const account = (accountId: string) => globalId('Account', accountId);

export { globalId, localId };

let phoneCounter = 0;
/** Customers with distinct phones, signed in one after another. */
export async function manyCustomers(t: TestPlatform, n: number) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const phone = `137${String(process.pid % 10000).padStart(4, '0')}${String(++phoneCounter).padStart(4, '0')}`;
    out.push(await t.customer(phone));
  }
  return out;
}
