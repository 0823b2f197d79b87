import type { Tx, Viewer } from '@lacewire/core';
import { type ICatalogService, type IMaterial, listMaterials, listServices, technicianSkills } from '@lacewire/plugin-catalog';
import { ensureCustomer, linkCustomerToStore } from '@lacewire/plugin-customers';
import { accountsByIds, createAccount, membersOf } from '@lacewire/plugin-identity';
import { setPreference } from '@lacewire/plugin-notifications';
import { getStore } from '@lacewire/plugin-stores';
import type { Random } from './random.ts';

export interface Person {
  id: string;
  name: string;
  viewer: Viewer;
}

export interface Technician extends Person {
  skills: string[];
  /** How long they take against the standard (the senior is quicker). */
  pace: number;
}

/** A store as the history plays it: its people, services and materials. */
export interface StoreCast {
  id: string;
  timeZone: string;
  admin: Person;
  clerk: Person;
  technicians: Technician[];
  services: ICatalogService[];
  materials: Map<string, IMaterial>;
  customers: Person[];
}

const SURNAMES = ['刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高', '梁'];
const TITLES = ['先生', '女士', '女士', '先生', '同学'];

function staffViewer(accountId: string, name: string, storeId: string, role: 'clerk' | 'technician' | 'storeAdmin'): Viewer {
  return {
    accountId,
    sessionId: 'demo-history',
    displayName: name,
    customerId: null,
    memberships: [{ storeId, role }],
    isOwner: false,
    locale: 'zh-CN',
    expiresAt: new Date(8.64e15),
  };
}

export function customerViewer(person: { id: string; name: string }): Viewer {
  return { ...staffViewer(person.id, person.name, '', 'clerk'), customerId: person.id, memberships: [] };
}

/**
 * The store's staff (from the stores seed), catalog and the regular customers the history gives
 * it (new accounts; the demo customers keep their own story). Null when the store lacks a role.
 */
export async function castStore(tx: Tx, storeId: string, random: Random, customerCount: number, phoneBase: number) {
  const store = await getStore(tx.em, storeId);
  const members = await membersOf(tx.em, storeId);
  const accounts = await accountsByIds(
    tx.em,
    members.map((m) => m.accountId),
  );
  const skills = await technicianSkills(tx.em, storeId);
  const people = members.map((m, i) => ({ ...m, name: accounts[i]?.displayName ?? '', username: accounts[i]?.username ?? '' }));
  const admin = people.find((p) => p.role === 'storeAdmin');
  const clerk = people.find((p) => p.role === 'clerk');
  const technicians = people.filter((p) => p.role === 'technician');
  if (!admin || !clerk || technicians.length === 0) return null;
  const customers: Person[] = [];
  for (let i = 0; i < customerCount; i++) {
    const name = `${random.pick(SURNAMES)}${random.pick(TITLES)}`;
    const account = await createAccount(tx, { kind: 'customer', displayName: name, phone: String(phoneBase + i) });
    await tx.em.flush();
    await ensureCustomer(tx, account.id);
    await linkCustomerToStore(tx, account.id, storeId);
    // Many regulars keep the notices that need them (ready for pickup, extra work) and mute the
    // step-by-step progress ones.
    if (random.chance(0.6)) await setPreference(tx, account.id, 'orderStatusChanged', false);
    customers.push({ id: account.id, name, viewer: customerViewer({ id: account.id, name }) });
  }
  const cast: StoreCast = {
    id: storeId,
    timeZone: store.timeZone,
    admin: { id: admin.accountId, name: admin.name, viewer: staffViewer(admin.accountId, admin.name, storeId, 'storeAdmin') },
    clerk: { id: clerk.accountId, name: clerk.name, viewer: staffViewer(clerk.accountId, clerk.name, storeId, 'clerk') },
    technicians: technicians.map((t) => ({
      id: t.accountId,
      name: t.name,
      viewer: staffViewer(t.accountId, t.name, storeId, 'technician'),
      skills: skills.get(t.accountId) ?? [],
      pace: t.username.startsWith('senior') ? 0.85 : 1.1,
    })),
    services: (await listServices(tx.em, storeId, { all: true })).filter((s) => s.active),
    materials: new Map((await listMaterials(tx.em, storeId)).map((m) => [m.name, m])),
    customers,
  };
  return cast;
}
