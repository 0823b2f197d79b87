import { definePlugin, pluginState, type SeedContext } from '@lacewire/core';
import { type AftercareOptions, aftercareState } from '@lacewire/plugin-aftercare';
import { careState } from '@lacewire/plugin-care';
import { findAccountByUsername } from '@lacewire/plugin-identity';
import { DEMO_STORES, switchFeature } from '@lacewire/plugin-stores';
import { planAfterSales, planFollowUpCalls, planRestock } from './after-sales.ts';
import { Calendar, minutes } from './calendar.ts';
import { castStore, type StoreCast } from './cast.ts';
import { planChat } from './chat.ts';
import { chooseWork, type OrderRef, type OrderWorld, openAct, planPickup, planWork } from './orders.ts';
import { Random } from './random.ts';
import { Timeline } from './timeline.ts';
import { planVisit } from './visits.ts';

const DAY = 86_400_000;
/** 静安 piloted online booking from the start of the history; 徐汇 got it three weeks ago. */
const ROLLOUT = { feature: 'onlineBooking', pilot: DEMO_STORES.jingan, rest: DEMO_STORES.xuhui, restOnDaysAgo: 21 };
/**
 * Pairs a day on average, on a weekday and at the weekend, before the business grew over the
 * period (a small chain; more would make the first start slow on the embedded database).
 */
const TRAFFIC = { [DEMO_STORES.jingan]: [1.2, 2.4], [DEMO_STORES.xuhui]: [0.7, 1.4] } as Record<string, [number, number]>;

interface Plan extends OrderWorld {
  aftercare: AftercareOptions;
  from: number;
}

const onlineBookingOn = (store: StoreCast, at: number, now: number) =>
  store.id === ROLLOUT.pilot || at >= now - ROLLOUT.restOnDaysAgo * DAY;

/** One pair brought in on `day`: a walk-in or a booked visit, the work, pickup, messages and after-sales. */
function planOrder(plan: Plan, store: StoreCast, calendar: Calendar, day: number, now: number) {
  const { random } = plan;
  const work = chooseWork(store, random);
  if (!work) return;
  const customer = random.pick(store.customers);
  const arrival = calendar.at(day, 0, random.int(10, 19), random.int(0, 59));
  const standard = work.services.reduce((n, s) => n + s.durationMinutes, 0);
  const promisedAt = calendar.at(arrival, standard > 100 ? 4 : 2, 18);
  const ref: OrderRef = { id: null };
  const online = onlineBookingOn(store, arrival, now) && work.services.every((s) => s.bookableOnline);
  const booked = calendar.isWorkday(arrival) && random.chance(online ? 0.3 : 0.1);
  const startsAt = calendar.at(arrival, 0, random.int(10, 17), random.pick([0, 30]));
  const bookedAt = calendar.open(startsAt - minutes(random.int(20 * 60, 4 * 24 * 60)));
  let start: number;
  if (booked && bookedAt > plan.from) {
    const noShow = random.chance(0.07);
    planVisit(plan, store, ref, { customer, ...work, startsAt, bookedAt, online, noShow, promisedAt });
    if (noShow) return;
    start = startsAt + minutes(20);
  } else {
    plan.timeline.add(arrival, openAct(plan, store, ref, { customer, ...work, promisedAt }));
    start = arrival + minutes(random.int(15, 120));
  }
  if (random.chance(0.2)) planChat(plan, store, calendar, customer, arrival - minutes(random.int(60, 30 * 60)), false);
  const ready = planWork(plan, store, calendar, ref, { customer, ...work, start });
  if (random.chance(0.1)) planChat(plan, store, calendar, customer, ready + minutes(random.int(60, 20 * 60)), true);
  const pickedUp = planPickup(plan, store, calendar, ref, ready);
  planAfterSales(plan, store, calendar, ref, customer, pickedUp, onlineBookingOn(store, arrival, now) ? 0.035 : 0.07);
}

declare module '@lacewire/core' {
  interface PluginSettings {
    'demo-history': { days: number };
  }
}

/** How many days of history the seed lays down (LACEWIRE_DEMO_HISTORY_DAYS; 0: none). */
const demoHistoryState = pluginState('demo-history', (_runtime, settings) => ({ days: settings?.days ?? 60 }));

/**
 * The demo's history: `days` of a small chain's life in the two demo stores, laid down through the
 * real services at past moments (SeedContext.setClock) so that every event, reaction and metric is
 * what live work would have made — orders taken in and worked stage by stage with labour and
 * materials, change requests, pickups, bookings and check-ins, chats, reviews, complaints, follow-up
 * calls, restocking, and online booking rolled out from a pilot store to the rest. Runs after every
 * other seed (it needs their stores, staff and catalog) and only on a fresh database.
 */
export const demoHistoryPlugin = definePlugin({
  name: 'demo-history',
  requires: ['stores', 'customers', 'catalog', 'appointments', 'care', 'aftercare', 'messaging', 'notifications', 'metrics'],
  state: demoHistoryState,
  seed: async (ctx) => {
    const { days } = demoHistoryState.of(ctx.runtime);
    if (ctx.alreadySeeded || days <= 0) return;
    const started = performance.now();
    const plan = await prepare(ctx, days);
    if (!plan) return;
    await plan.timeline.replay(ctx, (at) => new Calendar('Asia/Shanghai').day(at));
    ctx.runtime.log.info(
      { days, acts: plan.timeline.size, ms: Math.round(performance.now() - started) },
      'demo history laid down',
    );
  },
});

async function prepare(ctx: SeedContext, days: number): Promise<Plan | null> {
  const now = Date.now();
  const from = new Calendar('Asia/Shanghai').at(now - days * DAY, 0, 9);
  const random = new Random(days * 7919);
  await ctx.setClock(new Date(from));
  const casts = await ctx.tx(async (tx) => {
    const owner = await findAccountByUsername(tx.em, 'owner');
    const jingan = await castStore(tx, DEMO_STORES.jingan, random, 24, 13900000100);
    const xuhui = await castStore(tx, DEMO_STORES.xuhui, random, 16, 13900000200);
    if (!owner || !jingan || !xuhui) return null;
    await switchFeature(tx, [ROLLOUT.pilot], ROLLOUT.feature, true, owner.id);
    await switchFeature(tx, [ROLLOUT.rest], ROLLOUT.feature, false, owner.id);
    return { owner: owner.id, stores: [jingan, xuhui] };
  });
  if (!casts) return null;
  const timeline = new Timeline(now - minutes(1));
  const plan: Plan = {
    care: careState.of(ctx.runtime),
    aftercare: aftercareState.of(ctx.runtime),
    timeline,
    random,
    savepoint: ctx.tx,
    from,
  };
  timeline.add(now - ROLLOUT.restOnDaysAgo * DAY, async (tx) => {
    await switchFeature(tx, [ROLLOUT.rest], ROLLOUT.feature, true, casts.owner);
  });
  for (const store of casts.stores) {
    const calendar = new Calendar(store.timeZone);
    planFollowUpCalls(plan, store, calendar);
    const [weekday, weekend] = TRAFFIC[store.id] ?? [1, 2];
    // Up to tomorrow: visits booked for today and tomorrow are in the book already.
    for (let d = 0; d <= days + 1; d++) {
      const day = calendar.at(from, d, 12);
      const growth = 0.75 + (0.5 * d) / days;
      const base = calendar.local(day).weekday >= 6 ? weekend : weekday;
      const count = Math.floor(base * growth + random.next());
      for (let i = 0; i < count; i++) planOrder(plan, store, calendar, day, now);
      planRestock(plan, store, calendar, day);
    }
  }
  return plan;
}
