import {
  type Audience,
  hasStoreRole,
  InvalidInputError,
  NotAllowedError,
  NotFoundError,
  rows,
  sql,
  staffStoreIds,
  type Tx,
  type Viewer,
} from '@lacewire/core';
import { accountsByIds } from '@lacewire/plugin-identity';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Customer, CustomerNote, CustomerStore, type ICustomer, type ITier, Shoe, Tier } from './entities.ts';

// ---------------------------------------------------------------- records and stores

/** Who hears about a change to a customer: the customer and the staff of the customer's stores. */
export async function customerAudience(em: EntityManager, customerId: string): Promise<Audience> {
  return { accounts: [customerId], stores: await customerStoreIds(em, customerId) };
}

export async function customerStoreIds(em: EntityManager, customerId: string): Promise<string[]> {
  const links = await em.find(CustomerStore, { customerId }, { orderBy: { firstSeenAt: 'asc' } });
  return links.map((l) => l.storeId);
}

/**
 * The customer record of an account, created on first need (the `identity.accountCreated`
 * handler normally creates it; this covers accounts from before the plugin was installed).
 * Returns null for accounts that are not customer accounts.
 */
export async function ensureCustomer(tx: Tx, accountId: string): Promise<ICustomer | null> {
  const existing = await tx.em.findOne(Customer, { id: accountId });
  if (existing) return existing;
  const [account] = await accountsByIds(tx.em, [accountId]);
  if (account?.kind !== 'customer') return null;
  const inserted = await rows<{ id: string }>(
    tx.em,
    sql`insert into customers_customer (id, name, phone, tier_code, created_at, updated_at)
        values (${accountId}, ${account.displayName}, ${account.phone ?? null},
                (select code from customers_tier order by rank limit 1), now(), now())
        on conflict (id) do nothing returning id`,
  );
  if (inserted.length > 0) {
    tx.emit('customer.created', { customerId: accountId, name: account.displayName }, { accounts: [accountId] });
  }
  return tx.em.findOneOrFail(Customer, { id: accountId });
}

export async function getCustomer(em: EntityManager, customerId: string): Promise<ICustomer> {
  const customer = await em.findOne(Customer, { id: customerId });
  if (!customer) throw new NotFoundError('Customer');
  return customer;
}

/**
 * Makes the customer a customer of the store (on booking, visit or chat). Idempotent; other
 * plugins call it from their own transactions.
 */
export async function linkCustomerToStore(tx: Tx, customerId: string, storeId: string): Promise<void> {
  const customer = await ensureCustomer(tx, customerId);
  if (!customer) throw new NotFoundError('Customer');
  const inserted = await rows<{ customer_id: string }>(
    tx.em,
    sql`insert into customers_customer_store (customer_id, store_id, first_seen_at) values (${customerId}, ${storeId}, now())
        on conflict do nothing returning customer_id`,
  );
  if (inserted.length > 0) {
    tx.emit('customer.linkedToStore', { customerId, storeId }, { accounts: [customerId], stores: [storeId] });
  }
}

/** True when the viewer may see the customer: the customer, staff of one of their stores, an owner. */
export async function canSeeCustomer(em: EntityManager, viewer: Viewer | null, customerId: string): Promise<boolean> {
  if (!viewer) return false;
  if (viewer.customerId === customerId || viewer.isOwner) return true;
  const staffStores = staffStoreIds(viewer) ?? [];
  if (staffStores.length === 0) return false;
  const stores = await customerStoreIds(em, customerId);
  return stores.some((s) => staffStores.includes(s));
}

/** Staff of one of the customer's stores (in the given roles) or an owner. */
export async function isStaffOfCustomer(
  em: EntityManager,
  viewer: Viewer | null,
  customerId: string,
  roles?: Parameters<typeof hasStoreRole>[2],
): Promise<boolean> {
  if (!viewer) return false;
  if (viewer.isOwner) return true;
  const stores = await customerStoreIds(em, customerId);
  return stores.some((s) => hasStoreRole(viewer, s, roles));
}

export async function visibleCustomers(em: EntityManager, viewer: Viewer | null, ids: readonly string[]) {
  const customers = await em.find(Customer, { id: { $in: [...ids] } });
  return Promise.all(
    ids.map(async (id) => {
      const customer = customers.find((c) => c.id === id) ?? null;
      return customer && (await canSeeCustomer(em, viewer, id)) ? customer : null;
    }),
  );
}

export interface CustomerSearch {
  /** Stores to search in; null: every store (owner). */
  storeIds: string[] | null;
  /** Full phone, phone prefix or suffix (last 4 digits), name (one character: the surname), a tag. */
  query?: string | null;
  tag?: string | null;
}

/** How a customer matched a search; the score ranks the matches. */
export type CustomerMatch = 'phone' | 'phoneSuffix' | 'phonePrefix' | 'name' | 'namePrefix' | 'nameContains' | 'tag' | 'all';

interface Arm {
  where: ReturnType<typeof sql>;
  score: number;
  match: CustomerMatch;
  /** The arm's order: the outcome's within one score. */
  by: 'name' | 'phone';
  /**
   * Walks the "C"-collated index of `by` in order, reading only the first rows (a prefix shared by
   * thousands). The other arms find their few rows by their own index, then sort them.
   */
  walk?: boolean;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (m) => `\\${m}`);

/**
 * Digits (spaces and dashes dropped): the phone, exactly, by its end (the last 4 digits clerks
 * ask for) or its start (5 digits or more). Anything else: the name exactly, by its start (one
 * character: a surname), by its end (a given name), containing it (three characters or more, the
 * trigram index's reach), or a tag. Every arm has its index (migration 0002_search_indexes).
 */
function arms(query: string): Arm[] {
  const digits = query.replace(/[\s-]/g, '');
  if (/^\+?\d{3,}$/.test(digits)) {
    const found: Arm[] = [
      { where: sql`c.phone = ${digits}`, score: 100, match: 'phone', by: 'phone' },
      { where: sql`c.phone like ${`%${digits}`}`, score: 80, match: 'phoneSuffix', by: 'phone' },
    ];
    if (digits.length >= 5)
      found.push({
        where: sql`c.phone collate "C" like ${`${digits}%`}`,
        score: 70,
        match: 'phonePrefix',
        by: 'phone',
        walk: true,
      });
    return found;
  }
  const text = escapeLike(query);
  const found: Arm[] = [
    { where: sql`c.name collate "C" = ${query}`, score: 60, match: 'name', by: 'name' },
    { where: sql`c.name collate "C" like ${`${text}%`}`, score: 50, match: 'namePrefix', by: 'name', walk: true },
    { where: sql`c.tags @> array[${query}]::text[]`, score: 40, match: 'tag', by: 'name' },
  ];
  const length = [...query].length;
  if (length >= 2) {
    const reversed = escapeLike([...query].reverse().join(''));
    found.push({ where: sql`reverse(c.name) collate "C" like ${`${reversed}%`}`, score: 30, match: 'nameContains', by: 'name' });
  }
  if (length >= 3) found.push({ where: sql`c.name ilike ${`%${text}%`}`, score: 30, match: 'nameContains', by: 'name' });
  return found;
}

/**
 * The ranked matches (best first, then by name or phone), paged by offset. Each arm reads only
 * its first `offset + limit` rows in index order, so a surname shared by thousands costs as
 * little as a full phone; a customer matched by several arms keeps its best.
 */
export async function rankCustomers(em: EntityManager, search: CustomerSearch, limit: number, offset: number) {
  const q = search.query?.trim() || null;
  const tag = search.tag?.trim() || null;
  // A per-row probe of the store link (a LIMIT 1 subquery is not turned into a join): each arm
  // reads few rows, and a join would hash every link of the store first.
  const inStores = search.storeIds
    ? sql`(select true from customers_customer_store cs where cs.customer_id = c.id and cs.store_id = any(${search.storeIds}::uuid[]) limit 1)`
    : sql`true`;
  const tagged = tag ? sql`c.tags @> array[${tag}]::text[]` : sql`true`;
  const everyone: Arm = tag
    ? { where: sql`true`, score: 0, match: 'tag', by: 'name' }
    : { where: sql`true`, score: 0, match: 'all', by: 'name', walk: true };
  const all: Arm[] = q ? arms(q) : [everyone];
  const selects = all.map((arm) => {
    const found = sql`select c.id, ${arm.score}::int as score, ${arm.match}::text as match, c.${sql.ref(arm.by)} collate "C" as key
      from customers_customer c where ${arm.where} and ${inStores} and ${tagged}`;
    // "offset 0" keeps the planner from walking the name index to find a rare tag or suffix.
    const rows = arm.walk ? found : sql`select * from (${found} offset 0) found`;
    return sql`(${rows} order by key, id limit ${limit + offset})`;
  });
  return rows<{ id: string; score: number; match: CustomerMatch }>(
    em,
    sql`select id, max(score) as score, (array_agg(match order by score desc))[1] as match
        from (${sql.join(selects, sql` union all `)}) arms
        group by id order by max(score) desc, min(key), id limit ${limit} offset ${offset}`,
  );
}

/** The matches with their customers, best first. */
export async function rankedCustomers(em: EntityManager, search: CustomerSearch, limit: number, offset: number) {
  const ranked = await rankCustomers(em, search, limit, offset);
  const found = await em.find(Customer, { id: { $in: ranked.map((r) => r.id) } });
  return ranked.map((r) => ({ ...r, customer: found.find((c) => c.id === r.id) as ICustomer }));
}

/** Customers of the stores matching the search, best match first; paged by offset. */
export async function searchCustomers(em: EntityManager, search: CustomerSearch, limit: number, offset: number) {
  return (await rankedCustomers(em, search, limit, offset)).map((r) => r.customer);
}

// ---------------------------------------------------------------- profile

export interface ProfileChanges {
  name?: string | null;
  preferences?: string[] | null;
  preferredTechnicianId?: string | null;
  tags?: string[] | null;
}

export async function updateCustomer(tx: Tx, customerId: string, changes: ProfileChanges): Promise<ICustomer> {
  const customer = await getCustomer(tx.em, customerId);
  if (changes.name != null) customer.name = changes.name.trim();
  if (changes.preferences != null) customer.preferences = clean(changes.preferences);
  if (changes.tags != null) customer.tags = clean(changes.tags);
  if (changes.preferredTechnicianId !== undefined) customer.preferredTechnicianId = changes.preferredTechnicianId;
  tx.emit('customer.updated', { customerId }, await customerAudience(tx.em, customerId));
  return customer;
}

function clean(list: string[]): string[] {
  return [...new Set(list.map((s) => s.trim()).filter(Boolean))];
}

export async function addCustomerNote(tx: Tx, customerId: string, storeId: string, authorId: string, body: string) {
  await getCustomer(tx.em, customerId);
  const note = tx.em.create(CustomerNote, { customerId, storeId, authorId, body: body.trim() });
  tx.emit('customer.noteAdded', { customerId, storeId, noteId: note.id }, { stores: await customerStoreIds(tx.em, customerId) });
  return note;
}

export async function customerNotes(em: EntityManager, customerId: string, storeIds: string[] | null) {
  return em.find(
    CustomerNote,
    { customerId, ...(storeIds ? { storeId: { $in: storeIds } } : {}) },
    { orderBy: { createdAt: 'desc' } },
  );
}

// ---------------------------------------------------------------- shoes

export interface ShoeInput {
  brand?: string | null;
  model?: string | null;
  size?: string | null;
  material?: string | null;
  colour?: string | null;
  photoIds?: string[] | null;
  conditionNotes?: string | null;
}

export async function addShoe(tx: Tx, customerId: string, input: ShoeInput & { brand: string }) {
  await getCustomer(tx.em, customerId);
  const shoe = tx.em.create(Shoe, {
    customerId,
    brand: input.brand.trim(),
    model: input.model ?? null,
    size: input.size ?? null,
    material: input.material ?? null,
    colour: input.colour ?? null,
    photoIds: input.photoIds ?? [],
    conditionNotes: input.conditionNotes ?? null,
  });
  tx.emit('shoe.added', { shoeId: shoe.id, customerId }, await customerAudience(tx.em, customerId));
  return shoe;
}

export async function updateShoe(tx: Tx, shoeId: string, input: ShoeInput & { archived?: boolean | null }) {
  const shoe = await getShoe(tx.em, shoeId);
  for (const key of ['brand', 'model', 'size', 'material', 'colour', 'conditionNotes', 'photoIds', 'archived'] as const) {
    if (input[key] !== undefined && !(key === 'brand' && !input.brand) && !(key === 'photoIds' && input.photoIds === null)) {
      (shoe as any)[key] = input[key];
    }
  }
  tx.emit('shoe.updated', { shoeId, customerId: shoe.customerId }, await customerAudience(tx.em, shoe.customerId));
  return shoe;
}

export async function getShoe(em: EntityManager, shoeId: string) {
  const shoe = await em.findOne(Shoe, { id: shoeId });
  if (!shoe) throw new NotFoundError('Shoe');
  return shoe;
}

export async function shoesOf(em: EntityManager, customerId: string, includeArchived = false) {
  return em.find(Shoe, { customerId, ...(includeArchived ? {} : { archived: false }) }, { orderBy: { createdAt: 'asc' } });
}

/** Shoes by id, for other plugins (a work order's shoe); no visibility check. */
export async function shoesByIds(em: EntityManager, ids: readonly string[]) {
  const found = await em.find(Shoe, { id: { $in: [...ids] } });
  return ids.map((id) => found.find((s) => s.id === id) ?? null);
}

// ---------------------------------------------------------------- tiers

export async function listTiers(em: EntityManager): Promise<ITier[]> {
  return em.find(Tier, {}, { orderBy: { rank: 'asc' } });
}

/** The highest tier the figures qualify for, and which figure earned it. */
export function qualifyingTier(
  tiers: ITier[],
  spendMinor: number,
  visits: number,
): { tier: ITier; reason: 'spend' | 'visits' } | null {
  let best: { tier: ITier; reason: 'spend' | 'visits' } | null = null;
  for (const tier of tiers) {
    const bySpend = tier.minSpendMinor != null && spendMinor >= tier.minSpendMinor;
    const byVisits = tier.minVisits != null && visits >= tier.minVisits;
    if ((bySpend || byVisits) && (!best || tier.rank > best.tier.rank)) best = { tier, reason: bySpend ? 'spend' : 'visits' };
  }
  return best;
}

async function lockCustomer(tx: Tx, customerId: string) {
  const customer = await ensureCustomer(tx, customerId);
  if (!customer) throw new NotFoundError('Customer');
  await tx.em.flush();
  return tx.em.findOneOrFail(Customer, { id: customerId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

/** Automatic promotion: moves the customer up (never down) when a rule is met. */
async function promote(tx: Tx, customer: ICustomer) {
  const tiers = await listTiers(tx.em);
  const current = tiers.find((t) => t.code === customer.tierCode);
  const best = qualifyingTier(tiers, customer.lifetimeSpendMinor, customer.visits);
  if (best && (!current || best.tier.rank > current.rank)) {
    const from = customer.tierCode;
    customer.tierCode = best.tier.code;
    customer.tierManual = false;
    tx.emit(
      'customer.tierChanged',
      { customerId: customer.id, from, to: best.tier.code, reason: best.reason, changedBy: null },
      await customerAudience(tx.em, customer.id),
    );
  }
}

/** Adds to the customer's lifetime spend (care calls it when an order is paid) and promotes. */
export async function recordSpend(tx: Tx, customerId: string, amountMinor: number): Promise<ICustomer> {
  if (!Number.isInteger(amountMinor) || amountMinor < 0)
    throw new InvalidInputError('Spend must be a non-negative integer in minor units.', 'amountMinor');
  const customer = await lockCustomer(tx, customerId);
  customer.lifetimeSpendMinor += amountMinor;
  await promote(tx, customer);
  return customer;
}

/** Counts one visit (care calls it when a pair is received) and promotes. */
export async function recordVisit(tx: Tx, customerId: string): Promise<ICustomer> {
  const customer = await lockCustomer(tx, customerId);
  customer.visits += 1;
  await promote(tx, customer);
  return customer;
}

/** A store admin's manual override (up or down). */
export async function setCustomerTier(tx: Tx, customerId: string, tierCode: string, changedBy: string): Promise<ICustomer> {
  const tier = await tx.em.findOne(Tier, { code: tierCode });
  if (!tier) throw new InvalidInputError(`Unknown tier "${tierCode}".`, 'tier');
  const customer = await lockCustomer(tx, customerId);
  const from = customer.tierCode;
  customer.tierCode = tier.code;
  customer.tierManual = true;
  if (from !== tier.code) {
    tx.emit(
      'customer.tierChanged',
      { customerId, from, to: tier.code, reason: 'manual', changedBy },
      await customerAudience(tx.em, customerId),
    );
  }
  return customer;
}

export interface TierInput {
  code: string;
  name: string;
  minSpendMinor?: number | null;
  minVisits?: number | null;
}

/**
 * Replaces the business's tiers (owner). Order is rank, lowest first; the first tier is the
 * entry tier. Tiers still held by customers cannot be dropped.
 */
export async function configureTiers(tx: Tx, tiers: TierInput[]): Promise<ITier[]> {
  if (tiers.length === 0) throw new InvalidInputError('At least one tier is needed.', 'tiers');
  if (new Set(tiers.map((t) => t.code)).size !== tiers.length) throw new InvalidInputError('Tier codes must be unique.', 'tiers');
  const existing = await listTiers(tx.em);
  const dropped = existing.filter((e) => !tiers.some((t) => t.code === e.code)).map((e) => e.code);
  if (dropped.length > 0 && (await tx.em.count(Customer, { tierCode: { $in: dropped } })) > 0) {
    throw new InvalidInputError(`Customers still hold tier ${dropped.join(', ')}; move them first.`, 'tiers');
  }
  // Ranks are unique: park existing rows out of the way, then write the new order.
  await rows(tx.em, sql`update customers_tier set rank = -1000 - rank`);
  if (dropped.length > 0) await rows(tx.em, sql`delete from customers_tier where code = any(${dropped}::text[])`);
  for (const [rank, t] of tiers.entries()) {
    await rows(
      tx.em,
      sql`insert into customers_tier (code, name, rank, min_spend_minor, min_visits)
          values (${t.code}, ${t.name}, ${rank}, ${t.minSpendMinor ?? null}, ${t.minVisits ?? null})
          on conflict (code) do update set name = excluded.name, rank = excluded.rank,
            min_spend_minor = excluded.min_spend_minor, min_visits = excluded.min_visits`,
    );
  }
  return tx.em.find(Tier, {}, { orderBy: { rank: 'asc' }, refresh: true });
}

/** Throws unless the viewer may act as staff for this customer (one of their stores). */
export async function requireStaffOfCustomer(
  em: EntityManager,
  viewer: Viewer | null,
  customerId: string,
  roles?: Parameters<typeof hasStoreRole>[2],
) {
  if (!(await isStaffOfCustomer(em, viewer, customerId, roles))) throw new NotAllowedError();
}

export async function findCustomerByPhone(em: EntityManager, phone: string) {
  return em.findOne(Customer, { phone });
}
