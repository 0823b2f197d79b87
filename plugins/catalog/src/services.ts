import { InvalidInputError, NotFoundError, rows, sql, type Tx } from '@lacewire/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CatalogService,
  type ICatalogService,
  type IMaterial,
  Material,
  type ServiceCategory,
  TechnicianSkills,
} from './entities.ts';
import { InsufficientStockError } from './errors.ts';

// ---------------------------------------------------------------- services

export interface ServiceInput {
  name: string;
  category: ServiceCategory;
  description?: string | null;
  durationMinutes: number;
  priceMinor: number;
  currency?: string | null;
  requiredSkills?: string[] | null;
  bookableOnline?: boolean | null;
}

const skillList = (skills: string[] | null | undefined) => [
  ...new Set((skills ?? []).map((s) => s.trim().toLowerCase()).filter(Boolean)),
];

export async function createService(tx: Tx, storeId: string, input: ServiceInput) {
  const service = tx.em.create(CatalogService, {
    storeId,
    name: input.name.trim(),
    category: input.category,
    description: input.description ?? null,
    durationMinutes: input.durationMinutes,
    priceMinor: input.priceMinor,
    currency: input.currency ?? 'CNY',
    requiredSkills: skillList(input.requiredSkills),
    bookableOnline: input.bookableOnline ?? true,
  });
  tx.emit('service.created', { serviceId: service.id, storeId }, { stores: [storeId] });
  return service;
}

export async function updateService(tx: Tx, serviceId: string, input: Partial<ServiceInput> & { active?: boolean | null }) {
  const service = await getService(tx.em, serviceId);
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined || value === null) continue;
    (service as any)[key] = key === 'requiredSkills' ? skillList(value as string[]) : value;
  }
  tx.emit('service.updated', { serviceId, storeId: service.storeId }, { stores: [service.storeId] });
  return service;
}

export async function getService(em: EntityManager, serviceId: string) {
  const service = await em.findOne(CatalogService, { id: serviceId });
  if (!service) throw new NotFoundError('Service');
  return service;
}

export async function servicesByIds(em: EntityManager, ids: readonly string[]) {
  const found = await em.find(CatalogService, { id: { $in: [...ids] } });
  return ids.map((id) => found.find((s) => s.id === id) ?? null);
}

/**
 * The services of a booking: all must exist, be active and belong to the store (and be
 * bookable online when `online`). Returns them in the requested order.
 */
export async function servicesForBooking(
  em: EntityManager,
  storeId: string,
  ids: readonly string[],
  online: boolean,
): Promise<ICatalogService[]> {
  if (ids.length === 0) throw new InvalidInputError('Pick at least one service.', 'serviceIds');
  const found = await servicesByIds(em, [...new Set(ids)]);
  if (found.some((s) => !s || s.storeId !== storeId || !s.active || (online && !s.bookableOnline))) {
    throw new InvalidInputError('One of the services is not offered for booking in this store.', 'serviceIds');
  }
  return found as ICatalogService[];
}

export async function listServices(em: EntityManager, storeId: string, options: { all: boolean }) {
  return em.find(
    CatalogService,
    { storeId, ...(options.all ? {} : { active: true, bookableOnline: true }) },
    { orderBy: { category: 'asc', name: 'asc' } },
  );
}

// ---------------------------------------------------------------- materials

export interface MaterialInput {
  name: string;
  unit: string;
  stock: number;
  lowStockThreshold: number;
}

export async function createMaterial(tx: Tx, storeId: string, input: MaterialInput) {
  const material = tx.em.create(Material, { storeId, ...input, name: input.name.trim() });
  tx.emit('material.created', { materialId: material.id, storeId }, { stores: [storeId] });
  return material;
}

export async function updateMaterial(tx: Tx, materialId: string, input: Partial<Omit<MaterialInput, 'stock'>>) {
  const material = await getMaterial(tx.em, materialId);
  for (const [key, value] of Object.entries(input)) if (value !== undefined && value !== null) (material as any)[key] = value;
  tx.emit('material.updated', { materialId, storeId: material.storeId }, { stores: [material.storeId] });
  return material;
}

export async function getMaterial(em: EntityManager, materialId: string) {
  const material = await em.findOne(Material, { id: materialId });
  if (!material) throw new NotFoundError('Material');
  return material;
}

export async function listMaterials(em: EntityManager, storeId: string) {
  return em.find(Material, { storeId }, { orderBy: { name: 'asc' } });
}

/** A store's materials at or below their low-stock threshold, lowest share of it first. */
export async function lowStockMaterials(em: EntityManager, storeId: string): Promise<IMaterial[]> {
  const low = (await listMaterials(em, storeId)).filter((m) => m.stock <= m.lowStockThreshold);
  const share = (m: IMaterial) => (m.lowStockThreshold > 0 ? m.stock / m.lowStockThreshold : 0);
  return low.sort((a, b) => share(a) - share(b));
}

export async function materialsByIds(em: EntityManager, ids: readonly string[]): Promise<(IMaterial | null)[]> {
  const found = await em.find(Material, { id: { $in: [...ids] } });
  return ids.map((id) => found.find((m) => m.id === id) ?? null);
}

interface StockRow {
  id: string;
  name: string;
  unit: string;
  stock: number;
  low_stock_threshold: number;
}

/**
 * Takes `quantity` units of a material out of a store's stock (a care step used it). Atomic:
 * concurrent uses never lose an update. Refuses to go below zero. Emits `material.lowStock` when
 * this use takes the stock from above the threshold to at or below it; more than there is fails
 * with InsufficientStock.
 */
export async function consumeMaterial(tx: Tx, storeId: string, materialId: string, quantity: number): Promise<IMaterial> {
  if (!Number.isInteger(quantity) || quantity <= 0)
    throw new InvalidInputError('Quantity must be a positive whole number.', 'quantity');
  const [row] = await rows<StockRow>(
    tx.em,
    sql`update catalog_material set stock = stock - ${quantity}
        where id = ${materialId} and store_id = ${storeId} and stock >= ${quantity}
        returning id, name, unit, stock, low_stock_threshold`,
  );
  if (!row) {
    const material = await tx.em.findOne(Material, { id: materialId, storeId });
    if (!material) throw new NotFoundError('Material');
    throw new InsufficientStockError(material);
  }
  tx.emit('material.consumed', { materialId, storeId, quantity, stock: row.stock }, { stores: [storeId] });
  if (row.stock <= row.low_stock_threshold && row.stock + quantity > row.low_stock_threshold) {
    tx.emit(
      'material.lowStock',
      { materialId, storeId, name: row.name, stock: row.stock, threshold: row.low_stock_threshold, unit: row.unit },
      { stores: [storeId], roles: ['storeAdmin', 'clerk'] },
    );
  }
  return tx.em.findOneOrFail(Material, { id: materialId }, { refresh: true });
}

export async function restockMaterial(tx: Tx, materialId: string, quantity: number): Promise<IMaterial> {
  if (!Number.isInteger(quantity) || quantity <= 0)
    throw new InvalidInputError('Quantity must be a positive whole number.', 'quantity');
  const [row] = await rows<StockRow & { store_id: string }>(
    tx.em,
    sql`update catalog_material set stock = stock + ${quantity} where id = ${materialId}
        returning id, store_id, name, unit, stock, low_stock_threshold`,
  );
  if (!row) throw new NotFoundError('Material');
  tx.emit('material.restocked', { materialId, storeId: row.store_id, quantity, stock: row.stock }, { stores: [row.store_id] });
  return tx.em.findOneOrFail(Material, { id: materialId }, { refresh: true });
}

// ---------------------------------------------------------------- technician skills

export async function setTechnicianSkills(tx: Tx, storeId: string, accountId: string, skills: string[]) {
  const list = skillList(skills);
  const existing = await tx.em.findOne(TechnicianSkills, { storeId, accountId });
  if (existing) existing.skills = list;
  else tx.em.create(TechnicianSkills, { storeId, accountId, skills: list });
  tx.emit('technician.skillsChanged', { storeId, accountId, skills: list }, { stores: [storeId], accounts: [accountId] });
  return list;
}

/** Skills of every technician of a store that has any, by account id. */
export async function technicianSkills(em: EntityManager, storeId: string): Promise<Map<string, string[]>> {
  const found = await em.find(TechnicianSkills, { storeId });
  return new Map(found.map((t) => [t.accountId, t.skills]));
}

/** True when `skills` covers every required skill. */
export function hasSkills(skills: readonly string[], required: readonly string[]): boolean {
  return required.every((r) => skills.includes(r));
}
