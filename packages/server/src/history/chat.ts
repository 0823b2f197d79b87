import type { Tx, Viewer } from '@lacewire/core';
import { appendMessage, membersOfConversation, moveReceipt, openCustomerConversation } from '@lacewire/plugin-messaging';
import type { Calendar } from './calendar.ts';
import { minutes } from './calendar.ts';
import type { Person, StoreCast } from './cast.ts';
import type { OrderWorld } from './orders.ts';

const QUESTIONS = [
  ['你好，麂皮的鞋能洗吗？大概要几天？', '您好，可以的，麂皮用专用清洁剂，一般 3–5 天，方便的话先拍照看看～', '好的，下午拿过去'],
  ['中底发黄能处理吗？', '您好，中底氧化可以做去黄处理，效果要看材质，到店我们先看一下', '行，周末过去'],
  ['鞋面掉色了可以补吗？', '可以补色的，颜色我们会先调样给您确认', '好的谢谢'],
  ['今天几点关门？', '您好，我们每天 10:00–21:00 营业', '好的'],
] as const;
const PICKUP = ['我的鞋好了吗？什么时候可以取？', '您好，已经洗好了，随时可以来取，出示取件码就行', '好的，明天去拿'] as const;

/**
 * A customer writes to the store before bringing a pair in (or to ask whether it is ready), the
 * assigned clerk answers after a few minutes, sometimes the customer says thanks. Each message reaches the
 * other side's phone a second or two later (now and then a phone is offline for a while) and is
 * read when they answer: what the delivery and response metrics are made of.
 */
export function planChat(
  world: OrderWorld,
  store: StoreCast,
  calendar: Calendar,
  customer: Person,
  start: number,
  pickup: boolean,
) {
  const { random, timeline } = world;
  const [question, answer, thanks] = pickup ? PICKUP : random.pick(QUESTIONS);
  const asked = calendar.open(start);
  const answered = asked + minutes(random.int(2, 40));
  const thanked = answered + minutes(random.int(1, 15));
  timeline.add(asked, (tx) => say(tx, store, customer, 'customer', question, random.chance(0.03)));
  timeline.add(answered, (tx) => say(tx, store, customer, 'staff', answer, random.chance(0.03)));
  if (random.chance(0.3)) timeline.add(thanked, (tx) => say(tx, store, customer, 'customer', thanks, false));
}

async function say(tx: Tx, store: StoreCast, customer: Person, from: 'customer' | 'staff', body: string, offline: boolean) {
  const { conversation } = await openCustomerConversation(tx, store.id, customer.id);
  const members = await membersOfConversation(tx.em, conversation.id);
  const staffId = conversation.assigneeId ?? store.clerk.id;
  const staff: Viewer = { ...store.clerk.viewer, accountId: staffId };
  const [sender, recipient] = from === 'customer' ? [customer.id, staff] : [staffId, customer.viewer];
  const { message } = await appendMessage(tx, conversation, members, sender, { kind: 'text', body });
  // The sender has read everything before answering; the other side's phone acknowledges it.
  if (!offline && members.some((m) => m.accountId === recipient.accountId)) {
    await moveReceipt(tx, recipient, conversation.id, { deliveredSeq: message.seq });
  }
}
