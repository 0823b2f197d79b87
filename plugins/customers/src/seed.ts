import type { SeedContext } from '@lacewire/core';
import { createAccount } from '@lacewire/plugin-identity';
import { DEMO_STORES } from '@lacewire/plugin-stores';
import {
  addCustomerNote,
  addShoe,
  ensureCustomer,
  linkCustomerToStore,
  recordSpend,
  recordVisit,
  updateCustomer,
} from './services.ts';

/** Demo customers sign in with their phone and the code printed in the server log. */
export const DEMO_CUSTOMERS = [
  {
    phone: '13800000001',
    name: '王先生',
    tags: ['球鞋收藏', '限量款'],
    preferences: ['限量款只用中性清洁剂', '取鞋前电话通知'],
    spendMinor: 2_380_000,
    visits: 46,
    shoes: [
      {
        brand: 'Nike',
        model: 'Air Jordan 1 Retro High OG "Chicago" (2015)',
        size: '42.5',
        material: '皮革',
        colour: '红白黑',
        conditionNotes: '鞋头轻微折痕，中底发黄',
      },
      {
        brand: 'Nike × Off-White',
        model: 'Air Presto "The Ten"',
        size: '42.5',
        material: '网布',
        colour: '黑',
        conditionNotes: '限量款，鞋底开胶迹象',
      },
    ],
    note: 'VIP：限量款由张大师亲自处理。',
  },
  {
    phone: '13800000002',
    name: '李女士',
    tags: ['麂皮'],
    preferences: ['麂皮不用强溶剂', '喜欢微信视频验收'],
    spendMinor: 620_000,
    visits: 12,
    shoes: [
      { brand: 'Tod’s', model: 'Gommino 豆豆鞋', size: '37', material: '麂皮', colour: '驼色', conditionNotes: '鞋面有水渍' },
      { brand: 'Jimmy Choo', model: 'Romy 85', size: '37', material: '漆皮', colour: '裸色', conditionNotes: null },
    ],
    note: '经常出差，偏好远程验收。',
  },
  {
    phone: '13800000003',
    name: '张同学',
    tags: ['学生'],
    preferences: [],
    spendMinor: 45_000,
    visits: 2,
    shoes: [
      { brand: 'Converse', model: 'Chuck 70 High', size: '41', material: '帆布', colour: '白', conditionNotes: '帆布发黄' },
    ],
    note: null,
  },
  {
    phone: '13800000004',
    name: '陈女士',
    tags: ['皮鞋护理'],
    preferences: ['鞋油用同色系'],
    spendMinor: 160_000,
    visits: 6,
    shoes: [{ brand: 'Clarks', model: 'Wallabee', size: '38', material: '麂皮', colour: '沙色', conditionNotes: '鞋跟磨损' }],
    note: null,
  },
] as const;

export async function seedCustomers({ tx, announce, alreadySeeded }: SeedContext) {
  for (const c of DEMO_CUSTOMERS) announce(`customer           ${c.name} ${c.phone} (sign in with a code)`);
  if (alreadySeeded) return;
  await tx(async (t) => {
    for (const c of DEMO_CUSTOMERS) {
      const account = await createAccount(t, { kind: 'customer', displayName: c.name, phone: c.phone });
      await t.em.flush();
      await ensureCustomer(t, account.id);
      await linkCustomerToStore(t, account.id, DEMO_STORES.jingan);
      await updateCustomer(t, account.id, { tags: [...c.tags], preferences: [...c.preferences] });
      for (const shoe of c.shoes) await addShoe(t, account.id, shoe);
      await t.em.flush();
      const customer = await recordSpend(t, account.id, c.spendMinor);
      customer.visits = c.visits - 1;
      await recordVisit(t, account.id);
      if (c.note) await addCustomerNote(t, account.id, DEMO_STORES.jingan, account.id, c.note);
      await t.em.flush();
    }
  });
}
