import {
  type AftercareOptions,
  checkSla,
  completeFollowUp,
  listFollowUps,
  postReview,
  replyToReview,
  submitComplaint,
  updateComplaint,
} from '@lacewire/plugin-aftercare';
import { listMaterials, restockMaterial } from '@lacewire/plugin-catalog';
import type { Calendar } from './calendar.ts';
import { minutes } from './calendar.ts';
import type { Person, StoreCast } from './cast.ts';
import type { OrderRef, OrderWorld } from './orders.ts';

const PRAISE = ['洗得很干净，像新的一样', '补色很自然，看不出来', '师傅很细心，下次还来', '速度快，服务好', '价格合理，效果满意'];
const COMPLAINTS: [string, string][] = [
  ['quality', '鞋头还有一块污渍没洗掉'],
  ['quality', '补色的地方颜色有点不均匀'],
  ['delay', '比约定时间晚了两天才能取'],
  ['damage', '鞋带扣有一点刮花'],
  ['service', '取鞋时等了很久'],
];

/**
 * After pickup: some customers review the order (staff reply to a few), a few complain. The
 * store answers complaints within the first-response target, now and then too late (the SLA
 * check the job would run at the deadline records the breach), and resolves them within a day or so.
 */
export function planAfterSales(
  world: OrderWorld & { aftercare: AftercareOptions },
  store: StoreCast,
  calendar: Calendar,
  ref: OrderRef,
  customer: Person,
  pickedUp: number,
  complaintRate: number,
) {
  const { random, timeline } = world;
  if (random.chance(0.35)) {
    const review = { id: '' };
    const rating = random.weighted([
      [5, 60],
      [4, 30],
      [3, 10],
    ]);
    const at = calendar.open(pickedUp + minutes(random.int(30, 36 * 60)));
    timeline.add(at, async (tx) => {
      const posted = await postReview(tx, customer.viewer, ref.id as string, {
        rating,
        text: random.pick(PRAISE),
        photoIds: [],
      });
      review.id = posted.id;
    });
    if (random.chance(0.4)) {
      timeline.add(calendar.open(at + minutes(random.int(20, 240))), async (tx) => {
        await replyToReview(tx, store.clerk.viewer, review.id, '谢谢您的认可，期待下次光临！');
      });
    }
  }
  if (!random.chance(complaintRate)) return;
  const [category, description] = random.pick(COMPLAINTS);
  const submitted = calendar.open(pickedUp + minutes(random.int(3 * 60, 3 * 24 * 60)));
  const late = random.chance(0.15);
  const answered = submitted + minutes(late ? random.int(150, 300) : random.int(15, 100));
  const resolved = calendar.open(answered + minutes(random.int(3 * 60, 30 * 60)));
  const complaint = { id: '' };
  timeline.add(submitted, async (tx) => {
    const c = await submitComplaint(
      tx,
      customer.viewer,
      { storeId: null, orderId: ref.id, category, severity: random.pick(['low', 'low', 'medium']), description, photoIds: [] },
      world.aftercare,
    );
    complaint.id = c.id;
  });
  // The first-response target is 120 minutes (the aftercare default).
  if (late) timeline.add(submitted + minutes(120), (tx) => checkSla(tx, complaint.id, 'firstResponse'));
  timeline.add(calendar.open(answered), async (tx) => {
    await updateComplaint(tx, store.admin.viewer, complaint.id, { to: 'inProgress', note: '已联系客户，安排师傅重新处理' });
  });
  timeline.add(resolved, async (tx) => {
    await updateComplaint(tx, store.admin.viewer, complaint.id, { to: 'resolved', note: '已免费返工，客户确认满意' });
  });
  if (random.chance(0.6)) {
    timeline.add(calendar.open(resolved + minutes(random.int(60, 20 * 60))), async (tx) => {
      await updateComplaint(tx, customer.viewer, complaint.id, { to: 'closed', note: null });
    });
  }
}

/**
 * The front desk makes the follow-up calls aftercare schedules a week after each pickup, on the
 * Friday after they come due; calls due after the last Friday before now are still to be made.
 */
export function planFollowUpCalls(world: OrderWorld, store: StoreCast, calendar: Calendar) {
  world.timeline.afterwards(async (ctx) => {
    const due = await listFollowUps(ctx.runtime.em(), store.id, ['scheduled', 'due']);
    await ctx.tx(async (tx) => {
      for (const task of due.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())) {
        const local = calendar.local(task.dueAt.getTime());
        const friday = calendar.at(task.dueAt.getTime(), (5 - local.weekday + 7) % 7, 16, world.random.int(0, 50));
        if (friday > world.timeline.until) continue;
        await ctx.setClock(new Date(friday));
        await completeFollowUp(tx, store.clerk.viewer, task.id, '电话回访：客户对效果满意');
      }
    });
  });
}

/** On Mondays the admin restocks what the week used. */
export function planRestock(world: OrderWorld, store: StoreCast, calendar: Calendar, day: number) {
  if (calendar.local(day).weekday !== 1) return;
  world.timeline.add(calendar.at(day, 0, 10, 20), async (tx) => {
    for (const material of await listMaterials(tx.em, store.id)) {
      const target = store.materials.get(material.name)?.stock ?? 0;
      if (material.stock < target) await restockMaterial(tx, material.id, target - material.stock);
    }
  });
}
