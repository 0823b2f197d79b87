import { describe, expect, it } from 'vitest';
import Book from '../src/views/Book.vue';
import { flush, mountView } from './helpers.ts';

const slot = (local: string, startsAt: string) => ({ startsAt, local, freeTechnicians: 1 });

describe('Book', () => {
  it('adds up the chosen services, groups free slots by the store day, and books the picked one', async () => {
    const { wrapper, calls } = await mountView(
      Book,
      {
        Booking: () => ({
          stores: [
            {
              id: 'S1',
              name: '静安店',
              address: '南京西路 1 号',
              phone: '021-5555',
              timeZone: 'Asia/Shanghai',
              enabledFeatures: ['onlineBooking'],
            },
          ],
          viewer: { customer: { id: 'C1', appointments: [] } },
        }),
        StoreServices: () => ({
          node: {
            __typename: 'Store',
            id: 'S1',
            name: '静安店',
            address: '南京西路 1 号',
            phone: '021-6288 0001',
            timeZone: 'Asia/Shanghai',
            openingHours: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opens: '10:00', closes: '21:00' })),
            bookingSettings: { maxHorizonDays: 14 },
            services: [
              { id: 'A', name: '深度清洁', description: null, durationMinutes: 60, priceMinor: 12800, currency: 'CNY' },
              { id: 'B', name: '防水喷雾', description: null, durationMinutes: 30, priceMinor: 6800, currency: 'CNY' },
            ],
          },
        }),
        AvailableSlots: () => ({
          availableSlots: {
            __typename: 'QueryAvailableSlotsSuccess',
            data: [
              slot('2026-11-26T09:00:00.000+08:00', '2026-11-26T01:00:00.000Z'),
              slot('2026-11-26T09:30:00.000+08:00', '2026-11-26T01:30:00.000Z'),
              slot('2026-11-27T10:00:00.000+08:00', '2026-11-27T02:00:00.000Z'),
            ],
          },
        }),
        BookAppointment: () => ({
          bookAppointment: { __typename: 'Appointment', id: 'AP1', startsAt: '2026-11-27T02:00:00.000Z', status: 'confirmed' },
        }),
      },
      '/book',
    );
    await flush();
    await wrapper.find('[data-test=store]').trigger('click');
    await flush();
    // The store's details above its services: address, today's hours, a phone number to call.
    const details = wrapper.find('[data-test=store-details]');
    expect(details.text()).toContain('南京西路 1 号');
    expect(details.find('[data-test=store-hours-today]').text()).toBe('今天 10:00–21:00');
    expect(details.find('[data-test=store-phone]').attributes('href')).toBe('tel:021-6288 0001');
    const services = wrapper.findAll('[data-test=service]');
    await services[0].trigger('click');
    await services[1].trigger('click');
    expect(wrapper.find('.bar').text()).toContain('¥196.00');
    expect(wrapper.find('.bar').text()).toContain('90');
    await wrapper.find('[data-test=choose-slot]').trigger('click');
    await flush();
    expect(wrapper.findAll('[data-test=day]')).toHaveLength(2);
    expect(wrapper.findAll('[data-test=slot]').map((s) => s.text())).toEqual(['09:00', '09:30']);
    await wrapper.findAll('[data-test=day]')[1].trigger('click');
    expect(wrapper.findAll('[data-test=slot]').map((s) => s.text())).toEqual(['10:00']);
    await wrapper.find('[data-test=slot]').trigger('click');
    await wrapper.find('[data-test=confirm-booking]').trigger('click');
    await flush();
    expect(calls.find((c) => c.name === 'BookAppointment')?.variables).toEqual({
      input: { storeId: 'S1', serviceIds: ['A', 'B'], startsAt: '2026-11-27T02:00:00.000Z', note: undefined },
    });
    wrapper.unmount();
  });

  it('shows a store with online booking off as not bookable, with its phone, before anything starts', async () => {
    const store = (id: string, name: string, enabledFeatures: string[]) => ({
      id,
      name,
      address: '南京西路 1 号',
      phone: '021-6666',
      timeZone: 'Asia/Shanghai',
      enabledFeatures,
    });
    const { wrapper, calls } = await mountView(
      Book,
      {
        Booking: () => ({
          stores: [store('S1', '静安店', ['remoteAcceptance']), store('S2', '徐汇店', ['onlineBooking'])],
          viewer: { customer: { id: 'C1', appointments: [] } },
        }),
      },
      '/book',
    );
    await flush();
    const off = wrapper.findAll('[data-test=store-off]');
    expect(off).toHaveLength(1);
    expect(off[0].text()).toContain('静安店');
    expect(off[0].text()).toContain('021-6666');
    await off[0].trigger('click');
    await flush();
    expect(calls.some((c) => c.name === 'StoreServices')).toBe(false);
    expect(wrapper.findAll('[data-test=store]').map((s) => s.text())).toEqual([expect.stringContaining('徐汇店')]);
    wrapper.unmount();
  });
});
