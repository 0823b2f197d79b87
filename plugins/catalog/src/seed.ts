import type { SeedContext } from '@lacewire/core';
import { accountsByIds, membersOf } from '@lacewire/plugin-identity';
import { DEMO_STORES } from '@lacewire/plugin-stores';
import type { ServiceCategory } from './entities.ts';
import { createMaterial, createService, setTechnicianSkills } from './services.ts';

const SERVICES: {
  name: string;
  category: ServiceCategory;
  durationMinutes: number;
  priceMinor: number;
  requiredSkills: string[];
  bookableOnline?: boolean;
  description: string;
}[] = [
  {
    name: '球鞋深度清洁',
    category: 'cleaning',
    durationMinutes: 60,
    priceMinor: 12_800,
    requiredSkills: ['cleaning'],
    description: '鞋面、中底、鞋带、鞋垫全面清洁除味',
  },
  {
    name: '麂皮/翻毛皮护理',
    category: 'cleaning',
    durationMinutes: 90,
    priceMinor: 19_800,
    requiredSkills: ['cleaning', 'suede'],
    description: '专用麂皮清洁剂，不用强溶剂',
  },
  {
    name: '补色翻新',
    category: 'recolouring',
    durationMinutes: 120,
    priceMinor: 29_800,
    requiredSkills: ['recolouring'],
    description: '皮面补色、中底去黄',
  },
  {
    name: '鞋底开胶修复',
    category: 'repair',
    durationMinutes: 60,
    priceMinor: 15_800,
    requiredSkills: ['repair'],
    description: '重新粘合鞋底，压制定型',
  },
  {
    name: '防水防污护理',
    category: 'protection',
    durationMinutes: 30,
    priceMinor: 6_800,
    requiredSkills: [],
    description: '纳米防水喷雾，全鞋覆盖',
  },
  {
    name: '二手鞋鉴定',
    category: 'authentication',
    durationMinutes: 30,
    priceMinor: 9_900,
    requiredSkills: ['authentication'],
    description: '可远程视频鉴定',
  },
  {
    name: '奢侈品皮鞋护理（到店评估）',
    category: 'cleaning',
    durationMinutes: 120,
    priceMinor: 48_800,
    requiredSkills: ['cleaning', 'luxury'],
    bookableOnline: false,
    description: '先到店评估再报价',
  },
];

const MATERIALS = [
  { name: '中性清洁剂', unit: 'ml', stock: 5000, lowStockThreshold: 1000 },
  { name: '麂皮专用清洁剂', unit: 'ml', stock: 1200, lowStockThreshold: 300 },
  { name: '皮革补色剂（白）', unit: 'ml', stock: 400, lowStockThreshold: 100 },
  { name: '皮革补色剂（黑）', unit: 'ml', stock: 150, lowStockThreshold: 100 },
  { name: '鞋底胶', unit: 'g', stock: 800, lowStockThreshold: 200 },
  { name: '纳米防水喷雾', unit: '瓶', stock: 12, lowStockThreshold: 5 },
];

const SKILLS: Record<string, string[]> = {
  'tech.jingan': ['cleaning', 'suede', 'repair'],
  'senior.jingan': ['cleaning', 'suede', 'recolouring', 'repair', 'authentication', 'luxury'],
  'tech.xuhui': ['cleaning', 'suede', 'recolouring', 'repair', 'authentication'],
};

export async function seedCatalog({ tx, alreadySeeded }: SeedContext) {
  if (alreadySeeded) return;
  await tx(async (t) => {
    for (const storeId of Object.values(DEMO_STORES)) {
      for (const s of SERVICES) await createService(t, storeId, s);
      for (const m of MATERIALS) await createMaterial(t, storeId, m);
      const members = await membersOf(t.em, storeId);
      const accounts = await accountsByIds(
        t.em,
        members.map((m) => m.accountId),
      );
      for (const account of accounts) {
        const skills = account?.username ? SKILLS[account.username] : undefined;
        if (account && skills) await setTechnicianSkills(t, storeId, account.id, skills);
      }
    }
  });
}
