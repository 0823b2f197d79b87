/**
 * Optional links to the customers, catalog and appointments plugins (care's `optional`
 * dependencies): each is on when that plugin is installed (see state.ts), so care also runs on its
 * own (tests, partners without a catalog).
 */
import { InvalidInputError, type Tx } from '@lacewire/core';
import { consumeMaterial, materialsByIds, servicesByIds } from '@lacewire/plugin-catalog';
import { getShoe, linkCustomerToStore } from '@lacewire/plugin-customers';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MaterialUse, ShoeSnapshot } from './entities.ts';
import type { ServiceCategory } from './pipeline.ts';
import type { ServiceInput } from './services.ts';

const CATEGORY: Record<string, ServiceCategory> = {
  cleaning: 'cleaning',
  recolouring: 'recolouring',
  repair: 'repair',
  protection: 'protection',
};

/** A partial service line: from the catalog when it has a serviceId, else as typed by staff. */
export interface ServiceDraft {
  serviceId?: string | null;
  code?: string | null;
  name?: string | null;
  category?: ServiceCategory | null;
  priceMinor?: number | null;
}

export async function resolveServices(
  em: EntityManager,
  storeId: string,
  drafts: ServiceDraft[],
  catalog: boolean,
): Promise<ServiceInput[]> {
  const ids = drafts.map((d) => d.serviceId).filter((id): id is string => !!id);
  const found = catalog && ids.length ? await servicesByIds(em, ids) : [];
  return drafts.map((d) => {
    if (d.serviceId && catalog) {
      const s = found.find((x) => x?.id === d.serviceId);
      if (!s || s.storeId !== storeId || !s.active)
        throw new InvalidInputError('One of the services is not offered in this store.', 'services');
      return {
        serviceId: s.id,
        code: d.code ?? s.id,
        name: d.name ?? s.name,
        category: d.category ?? CATEGORY[s.category] ?? 'other',
        // Staff may quote another price than the list price.
        priceMinor: d.priceMinor ?? s.priceMinor,
      };
    }
    if (!d.code || !d.name || !d.category || d.priceMinor == null) {
      throw new InvalidInputError(
        catalog
          ? 'Give a catalog serviceId, or code, name, category and price.'
          : 'Give code, name, category and price for each service.',
        'services',
      );
    }
    return { serviceId: d.serviceId ?? null, code: d.code, name: d.name, category: d.category, priceMinor: d.priceMinor };
  });
}

/** The pair on file: it must be the customer's; its description fills in what staff left out. */
export async function resolveShoe(
  em: EntityManager,
  customerId: string,
  shoeId: string | null,
  typed: Partial<ShoeSnapshot> | null,
  customers: boolean,
): Promise<ShoeSnapshot> {
  if (shoeId && customers) {
    const shoe = await getShoe(em, shoeId).catch(() => null);
    if (!shoe || shoe.customerId !== customerId)
      throw new InvalidInputError('This pair is not on file for the customer.', 'shoeId');
    return {
      brand: typed?.brand ?? shoe.brand,
      model: typed?.model ?? shoe.model ?? null,
      colour: typed?.colour ?? shoe.colour ?? null,
      material: typed?.material ?? shoe.material ?? null,
      size: typed?.size ?? shoe.size ?? null,
    };
  }
  if (!typed?.brand) throw new InvalidInputError('Describe the pair (at least its brand).', 'shoe');
  return {
    brand: typed.brand,
    model: typed.model ?? null,
    colour: typed.colour ?? null,
    material: typed.material ?? null,
    size: typed.size ?? null,
  };
}

export async function linkCustomer(tx: Tx, customerId: string, storeId: string, customers: boolean) {
  if (customers) await linkCustomerToStore(tx, customerId, storeId);
}

/** A material as staff send it: a catalog material by id, or (without the catalog) typed out. */
export interface MaterialDraft {
  materialId?: string | null;
  name?: string | null;
  quantity: number;
  unit?: string | null;
}

/**
 * The materials a step used. With the catalog they are the store's catalog materials — name and
 * unit as the catalog has them, whole units (stock is counted so) — and anything else belongs in
 * the step's notes; without it, as typed.
 */
export async function resolveMaterials(
  em: EntityManager,
  storeId: string,
  drafts: MaterialDraft[],
  catalog: boolean,
): Promise<MaterialUse[]> {
  for (const d of drafts) if (!(d.quantity > 0)) throw new InvalidInputError('Material quantities are positive.', 'materials');
  if (!catalog) {
    return drafts.map((d) => {
      if (!d.name?.trim() || !d.unit?.trim()) throw new InvalidInputError('Give each material a name and a unit.', 'materials');
      return { materialId: null, name: d.name.trim(), quantity: d.quantity, unit: d.unit.trim() };
    });
  }
  const ids = drafts.map((d) => d.materialId ?? '');
  if (ids.some((id) => !id))
    throw new InvalidInputError("Pick materials from the store's catalog; write anything else in the notes.", 'materials');
  const found = ids.length ? await materialsByIds(em, ids) : [];
  return drafts.map((d, i) => {
    const material = found[i];
    if (!material || material.storeId !== storeId)
      throw new InvalidInputError('One of the materials is not in this store.', 'materials');
    if (!Number.isInteger(d.quantity))
      throw new InvalidInputError(`${material.name} is counted in whole ${material.unit}.`, 'materials');
    if (d.unit && d.unit.trim() !== material.unit)
      throw new InvalidInputError(`${material.name} is counted in ${material.unit}.`, 'materials');
    return { materialId: material.id, name: material.name, quantity: d.quantity, unit: material.unit };
  });
}

/** Catalog stock goes down by whole units per material used. */
export async function consumeStock(tx: Tx, storeId: string, items: { materialId: string; quantity: number }[]) {
  for (const item of items) await consumeMaterial(tx, storeId, item.materialId, item.quantity);
}
