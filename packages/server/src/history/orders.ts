import type { Tx } from '@lacewire/core';
import {
  answerChangeRequest,
  type CareOptions,
  DEFAULT_PIPELINE,
  finishStep,
  getOrder,
  moveOrder,
  openWorkOrder,
  pickUp,
  QUALITY_CHECK,
  READY,
  raiseChangeRequest,
  type ServiceCategory,
  type ServiceInput,
  stageForCategory,
  startStep,
} from '@lacewire/plugin-care';
import { getMaterial, type ICatalogService, restockMaterial } from '@lacewire/plugin-catalog';
import { type Calendar, minutes } from './calendar.ts';
import type { Person, StoreCast, Technician } from './cast.ts';
import type { Random } from './random.ts';
import type { Timeline } from './timeline.ts';

const CATEGORY: Record<string, ServiceCategory> = {
  cleaning: 'cleaning',
  recolouring: 'recolouring',
  repair: 'repair',
  protection: 'protection',
};

/** What a service uses, by catalog name: material and a range of whole units. */
const USES: Record<string, [string, number, number][]> = {
  球鞋深度清洁: [['中性清洁剂', 15, 30]],
  '麂皮/翻毛皮护理': [['麂皮专用清洁剂', 20, 40]],
  补色翻新: [
    ['皮革补色剂（白）', 5, 15],
    ['皮革补色剂（黑）', 4, 10],
  ],
  鞋底开胶修复: [['鞋底胶', 10, 25]],
  防水防污护理: [['纳米防水喷雾', 1, 1]],
  '奢侈品皮鞋护理（到店评估）': [['中性清洁剂', 10, 20]],
};

const SHOES = [
  { brand: 'Nike', model: 'Air Force 1', material: '皮革', colour: '白' },
  { brand: 'Nike', model: 'Dunk Low', material: '皮革', colour: '黑白' },
  { brand: 'Adidas', model: 'Samba OG', material: '麂皮', colour: '白绿' },
  { brand: 'New Balance', model: '990v6', material: '麂皮', colour: '灰' },
  { brand: 'Converse', model: 'Chuck 70', material: '帆布', colour: '米白' },
  { brand: 'Dr. Martens', model: '1460', material: '皮革', colour: '黑' },
  { brand: 'Salomon', model: 'XT-6', material: '网布', colour: '黑' },
  { brand: 'Clarks', model: 'Desert Boot', material: '麂皮', colour: '沙色' },
  { brand: 'Gucci', model: 'Ace', material: '皮革', colour: '白' },
];

/** A pair as the front desk describes it. */
export const shoeFor = (random: Random) => ({ ...random.pick(SHOES), size: null });

export interface OrderWorld {
  care: CareOptions;
  timeline: Timeline;
  random: Random;
  /** Runs work in a savepoint of the current transaction (SeedContext.tx nests). */
  savepoint: <T>(fn: (tx: Tx) => Promise<T>) => Promise<T>;
}

/** The order as the acts find it again: set when it is opened (walk-in) or its intake completed (visit). */
export interface OrderRef {
  id: string | null;
}

interface Line {
  service: ICatalogService;
  stage: string;
}

const stageOf = (s: ICatalogService) => stageForCategory(DEFAULT_PIPELINE, CATEGORY[s.category] ?? 'other') ?? QUALITY_CHECK;
const STAGE_ORDER = DEFAULT_PIPELINE.map((s) => s.key);

export function serviceLine(s: ICatalogService): ServiceInput {
  return { code: s.id, name: s.name, category: CATEGORY[s.category] ?? 'other', priceMinor: s.priceMinor, serviceId: s.id };
}

/** The services a customer brings a pair in for, and a technician who can do all of them. */
export function chooseWork(store: StoreCast, random: Random): { services: ICatalogService[]; technician: Technician } | null {
  const byName = (name: string) => store.services.find((s) => s.name === name);
  const main = byName(
    random.weighted([
      ['球鞋深度清洁', 45],
      ['麂皮/翻毛皮护理', 20],
      ['补色翻新', 14],
      ['鞋底开胶修复', 10],
      ['二手鞋鉴定', 6],
      ['奢侈品皮鞋护理（到店评估）', 5],
    ]),
  );
  if (!main) return null;
  const services = [main];
  const protect = byName('防水防污护理');
  if (protect && main.category !== 'authentication' && random.chance(0.25)) services.push(protect);
  const able = store.technicians.filter((t) => services.every((s) => s.requiredSkills.every((k) => t.skills.includes(k))));
  if (able.length === 0) return null;
  return { services, technician: random.pick(able) };
}

/** The order in the day's transaction (the history is the only writer: no row lock needed). */
async function orderOf(tx: Tx, ref: OrderRef) {
  if (!ref.id) throw new Error('demo history: an act ran before its order was opened');
  return getOrder(tx.em, ref.id);
}

/** Opens a walk-in order at the front desk. */
export function openAct(
  world: OrderWorld,
  store: StoreCast,
  ref: OrderRef,
  work: { customer: Person; services: ICatalogService[]; technician: Technician; promisedAt: number },
) {
  const shoe = shoeFor(world.random);
  return async (tx: Tx, appointmentId: string | null = null) => {
    const order = await openWorkOrder(tx, store.clerk.id, {
      appointmentId,
      storeId: store.id,
      customerId: work.customer.id,
      shoe,
      services: work.services.map(serviceLine),
      technicianId: work.technician.id,
      promisedAt: new Date(work.promisedAt),
      conditionNotes: world.random.pick(['鞋面轻微污渍', '中底发黄', '鞋头有折痕', '鞋跟磨损', null]),
    });
    ref.id = order.id;
  };
}

/**
 * The work on an order from `start`, stage by stage through the real pipeline: a move, then a care
 * step per service (labour around the standard duration, at the technician's pace, with the
 * materials the service uses), sometimes a change request the customer answers hours later, then
 * quality check and ready for pickup. Returns when the pair is ready (null: not planned).
 */
export function planWork(
  world: OrderWorld,
  store: StoreCast,
  calendar: Calendar,
  ref: OrderRef,
  work: { customer: Person; services: ICatalogService[]; technician: Technician; start: number },
): number {
  const { random, timeline, care } = world;
  const tech = work.technician;
  const lines: Line[] = work.services.map((service) => ({ service, stage: stageOf(service) }));
  const sole = store.services.find((s) => s.name === '鞋底开胶修复');
  const change =
    sole &&
    lines[0]?.stage === 'cleaning' &&
    !lines.some((l) => l.service.id === sole.id) &&
    sole.requiredSkills.every((k) => tech.skills.includes(k)) &&
    random.chance(0.1)
      ? { approve: random.chance(0.85), service: sole }
      : null;
  if (change?.approve) lines.push({ service: change.service, stage: stageOf(change.service) });
  const stages = [...new Set(lines.map((l) => l.stage))]
    .filter((s) => s !== QUALITY_CHECK)
    .sort((a, b) => STAGE_ORDER.indexOf(a) - STAGE_ORDER.indexOf(b));

  let t = work.start;
  const step = (line: Line) => {
    const labour = Math.max(10, Math.round(line.service.durationMinutes * tech.pace * (0.75 + random.next() * 0.6)));
    const use = USES[line.service.name] ?? [];
    const [name, low, high] = use.length ? random.pick(use) : ['', 0, 0];
    const material = name ? store.materials.get(name) : undefined;
    const quantity = random.int(low, high);
    const started = { id: '' };
    timeline.add(t, async (tx) => {
      started.id = (await startStep(tx, tech.viewer, await orderOf(tx, ref), { serviceCode: line.service.id })).id;
    });
    t += minutes(labour);
    timeline.add(t, async (tx) => {
      if (material && (await getMaterial(tx.em, material.id)).stock < quantity) {
        // Ran out before the weekly delivery: the admin buys more at once.
        await restockMaterial(tx, material.id, material.stock);
      }
      const materials = material ? [{ materialId: material.id, name: material.name, quantity, unit: material.unit }] : [];
      await finishStep(tx, tech.viewer, started.id, { labourMinutes: labour, materials }, care);
    });
  };
  for (const [i, stage] of stages.entries()) {
    const stageLines = lines.filter((l) => l.stage === stage);
    t = calendar.nextWork(
      t,
      stageLines.reduce((n, l) => n + l.service.durationMinutes, 0),
    );
    timeline.add(t, async (tx) => {
      await moveOrder(tx, tech.viewer, await orderOf(tx, ref), stage, null, care);
    });
    for (const line of stageLines) step(line);
    if (i === 0 && change) {
      const raised = t + minutes(random.int(5, 20));
      const answered = calendar.open(raised + minutes(random.int(40, 20 * 60)));
      const holder = { id: '' };
      timeline.add(raised, async (tx) => {
        const cr = await raiseChangeRequest(tx, tech.viewer, await orderOf(tx, ref), {
          origin: 'technician',
          description: '清洗时发现鞋底前掌开胶，建议重新粘合',
          photoIds: [],
          service: serviceLine(change.service),
        });
        holder.id = cr.id;
      });
      timeline.add(answered, async (tx) => {
        await answerChangeRequest(
          tx,
          work.customer.viewer,
          holder.id,
          change.approve,
          change.approve ? '好的，麻烦了' : '先不用了',
        );
      });
      t = answered;
    }
    t += minutes(random.int(10, 60));
  }
  // Some pairs wait for glue or dye to set, or for a busy week: they may pass their promised date.
  if (random.chance(0.12)) t = calendar.at(t, random.int(1, 3), 11, random.int(0, 50));
  t = calendar.nextWork(t, 30);
  timeline.add(t, async (tx) => {
    await moveOrder(tx, tech.viewer, await orderOf(tx, ref), QUALITY_CHECK, null, care);
  });
  for (const line of lines.filter((l) => l.stage === QUALITY_CHECK)) step(line);
  t += minutes(random.int(10, 40));
  timeline.add(t, async (tx) => {
    await moveOrder(tx, store.clerk.viewer, await orderOf(tx, ref), READY, null, care);
  });
  return t;
}

/** The customer collects the pair with their code, a few hours to a few days after it is ready. */
export function planPickup(world: OrderWorld, store: StoreCast, calendar: Calendar, ref: OrderRef, ready: number): number {
  const { random } = world;
  const wait = random.chance(0.06) ? minutes(random.int(5 * 24 * 60, 7 * 24 * 60)) : minutes(random.int(90, 3 * 24 * 60));
  const at = calendar.open(ready + wait);
  world.timeline.add(at, async (tx) => {
    const order = await orderOf(tx, ref);
    await pickUp(tx, store.clerk.viewer, { orderId: order.id, code: order.pickupCode });
  });
  return at;
}
