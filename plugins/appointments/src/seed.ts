import type { SeedContext } from '@lacewire/core';
import { listServices } from '@lacewire/plugin-catalog';
import { DEMO_CUSTOMERS, findCustomerByPhone } from '@lacewire/plugin-customers';
import { DEMO_STORES } from '@lacewire/plugin-stores';
import { DateTime } from 'luxon';
import { bookAppointment, setShiftTemplate, storeTechnicians } from './services.ts';

/** Technicians work Tuesday–Sunday 10:00–19:00 (Monday off); two upcoming visits in 静安店. */
export async function seedAppointments({ tx, alreadySeeded }: SeedContext) {
  if (alreadySeeded) return;
  await tx(async (t) => {
    for (const storeId of Object.values(DEMO_STORES)) {
      for (const tech of await storeTechnicians(t.em, storeId)) {
        await setShiftTemplate(
          t,
          storeId,
          tech.id,
          [0, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, starts: '10:00', ends: '19:00' })),
        );
      }
    }
    await t.em.flush();
    const services = await listServices(t.em, DEMO_STORES.jingan, { all: true });
    const byName = (name: string) => services.find((s) => s.name === name)?.id as string;
    // Tomorrow, or the day after when tomorrow is a Monday.
    let day = DateTime.now().setZone('Asia/Shanghai').plus({ days: 1 }).startOf('day');
    if (day.weekday === 1) day = day.plus({ days: 1 });
    const bookings = [
      { phone: DEMO_CUSTOMERS[0].phone, services: ['球鞋深度清洁', '补色翻新'], at: day.set({ hour: 11 }) },
      { phone: DEMO_CUSTOMERS[1].phone, services: ['麂皮/翻毛皮护理'], at: day.set({ hour: 15 }) },
    ];
    for (const b of bookings) {
      const customer = await findCustomerByPhone(t.em, b.phone);
      if (!customer) continue;
      await bookAppointment(t, {
        storeId: DEMO_STORES.jingan,
        customerId: customer.id,
        serviceIds: b.services.map(byName),
        startsAt: b.at.toJSDate(),
        online: false,
        createdBy: customer.id,
      });
    }
  });
}
