import type { SeedContext } from '@lacewire/core';
import { createAccount, grantRole } from '@lacewire/plugin-identity';
import { createStore, switchFeature } from './services.ts';

export const DEMO_PASSWORD = 'lacewire-demo';

/** Demo ids are fixed so other plugins' seeds and the README can refer to them. */
export const DEMO_STORES = {
  jingan: '00000000-0000-4000-8000-000000000001',
  xuhui: '00000000-0000-4000-8000-000000000002',
} as const;

const STAFF = [
  { username: 'admin.jingan', name: '陈店长', store: 'jingan', role: 'storeAdmin' },
  { username: 'clerk.jingan', name: '李前台', store: 'jingan', role: 'clerk' },
  { username: 'tech.jingan', name: '王师傅', store: 'jingan', role: 'technician' },
  { username: 'senior.jingan', name: '张大师', store: 'jingan', role: 'technician' },
  { username: 'admin.xuhui', name: '刘店长', store: 'xuhui', role: 'storeAdmin' },
  { username: 'clerk.xuhui', name: '周前台', store: 'xuhui', role: 'clerk' },
  { username: 'tech.xuhui', name: '赵师傅', store: 'xuhui', role: 'technician' },
] as const;

/** Two stores, an owner and staff of every role, all with the same demo password. */
export async function seedStores({ tx, announce, alreadySeeded, runtime }: SeedContext) {
  announce(`owner (HQ):        owner / ${DEMO_PASSWORD}`);
  for (const s of STAFF) announce(`${s.role.padEnd(18)} ${s.username} / ${DEMO_PASSWORD}`);
  if (alreadySeeded) return;
  await tx(async (t) => {
    const owner = await createAccount(t, {
      kind: 'staff',
      displayName: '总部 Owner',
      username: 'owner',
      password: DEMO_PASSWORD,
      isOwner: true,
    });
    const hours = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opens: '10:00', closes: '21:00' }));
    await createStore(
      t,
      {
        name: '拾履 静安店',
        address: '上海市静安区南京西路 1266 号',
        phone: '021-6288 0001',
        timeZone: 'Asia/Shanghai',
        openingHours: hours,
      },
      DEMO_STORES.jingan,
    );
    await createStore(
      t,
      {
        name: '拾履 徐汇店',
        address: '上海市徐汇区衡山路 88 号',
        phone: '021-6466 0002',
        timeZone: 'Asia/Shanghai',
        openingHours: hours,
      },
      DEMO_STORES.xuhui,
    );
    await t.em.flush();
    for (const s of STAFF) {
      const account = await createAccount(t, {
        kind: 'staff',
        displayName: s.name,
        username: s.username,
        password: DEMO_PASSWORD,
      });
      await t.em.flush();
      await grantRole(t, account.id, DEMO_STORES[s.store], s.role);
    }
    // The demo shows everything: every feature on in both stores.
    for (const feature of runtime.features.keys()) {
      await switchFeature(t, [DEMO_STORES.jingan, DEMO_STORES.xuhui], feature, true, owner.id);
    }
  });
}
