import type { SeedContext, Tx } from '@lacewire/core';
import { accountsByIds, findAccountByPhone, membersOf } from '@lacewire/plugin-identity';
import { DEMO_STORES } from '@lacewire/plugin-stores';
import { membersOfConversation } from './services/access.ts';
import { saveCannedReply } from './services/canned.ts';
import { createStaffGroup, openCustomerConversation, openVipChannel } from './services/conversations.ts';
import type { MessageInput } from './services/messages.ts';
import type { ConversationRow } from './services/rows.ts';
import { appendMessage } from './services/write.ts';

/** Demo customers are created by the customers plugin (same phones); missing ones are skipped. */
const CUSTOMERS = { wang: '13800000001', li: '13800000002', zhang: '13800000003' } as const;

const CANNED = [
  { title: '营业时间', body: '您好，我们每天 10:00–21:00 营业，欢迎随时到店。' },
  { title: '护理周期', body: '常规深度清洁约 3–5 个工作日，补色和修复需要 7–10 个工作日，完成后会第一时间通知您。' },
  { title: '取鞋方式', body: '取鞋时出示订单里的取件码即可，也可以委托他人凭取件码代取。' },
  { title: '拍照指引', body: '麻烦在自然光下拍鞋头、鞋跟、鞋底和有问题的位置各一张，方便师傅判断。' },
];

async function say(
  tx: Tx,
  conversation: ConversationRow,
  senderId: string | null,
  body: string,
  extra: Partial<MessageInput> = {},
) {
  const members = await membersOfConversation(tx.em, conversation.id);
  await appendMessage(tx, conversation, members, senderId, { kind: senderId ? 'text' : 'system', body, ...extra });
}

/** Conversations for the demo customers with the demo stores, a VIP channel and a staff group. */
export async function seedMessaging({ tx, alreadySeeded }: SeedContext) {
  if (alreadySeeded) return;
  await tx(async (t) => {
    const staffOf = async (storeId: string) => {
      const members = await membersOf(t.em, storeId);
      const accounts = await accountsByIds(
        t.em,
        members.map((m) => m.accountId),
      );
      return new Map(accounts.filter((a) => a).map((a) => [a?.username as string, a?.id as string]));
    };
    const jingan = await staffOf(DEMO_STORES.jingan);
    const xuhui = await staffOf(DEMO_STORES.xuhui);
    for (const storeId of Object.values(DEMO_STORES)) {
      const admin = (storeId === DEMO_STORES.jingan ? jingan : xuhui).values().next().value;
      for (const reply of CANNED) if (admin) await saveCannedReply(t, { storeId, ...reply, createdBy: admin });
    }
    const wang = await findAccountByPhone(t.em, CUSTOMERS.wang);
    const li = await findAccountByPhone(t.em, CUSTOMERS.li);
    const zhang = await findAccountByPhone(t.em, CUSTOMERS.zhang);
    const clerk = jingan.get('clerk.jingan') ?? null;
    const senior = jingan.get('senior.jingan') ?? null;
    const tech = jingan.get('tech.jingan') ?? null;
    const admin = jingan.get('admin.jingan') ?? null;

    if (wang) {
      const { conversation } = await openCustomerConversation(t, DEMO_STORES.jingan, wang.id);
      await say(t, conversation, wang.id, '你好，我有一双 2015 年的 AJ1 芝加哥，中底有点发黄，能处理吗？');
      if (clerk) {
        await say(t, conversation, clerk, '王先生您好！中底泛黄可以做氧化还原处理，方便的话先拍几张照片发过来看看～');
        await say(t, conversation, clerk, '王先生是老客户，限量款按惯例交给张大师。', { internal: true });
      }
      await say(t, conversation, wang.id, '好的，周六下午带过去。');
      if (senior) {
        const vip = (await openVipChannel(t, { storeId: DEMO_STORES.jingan, customerId: wang.id, technicianId: senior }))
          .conversation;
        await say(t, vip, wang.id, '张师傅，那双 Off-White Presto 鞋底好像有点开胶，您帮忙看看？');
        await say(t, vip, senior, '王先生好，开胶问题不大，重新粘合后再做一次整体养护，大概一周。');
        await say(t, vip, wang.id, '麻烦您了，还是老规矩，只用中性清洁剂。');
        await say(t, vip, senior, '明白，已经记在您的档案里了。');
      }
    }
    if (li) {
      const { conversation } = await openCustomerConversation(t, DEMO_STORES.jingan, li.id);
      await say(t, conversation, li.id, '我下周出差，豆豆鞋洗好以后可以视频验收吗？');
      if (clerk) await say(t, conversation, clerk, '李女士您好，可以的！完成后我们会发前后对比照片，也可以约视频验收。');
    }
    if (zhang) {
      const { conversation } = await openCustomerConversation(t, DEMO_STORES.xuhui, zhang.id);
      await say(t, conversation, zhang.id, '帆布鞋发黄能洗白吗？学生有优惠吗？');
    }
    const group = [admin, clerk, tech, senior].filter((id): id is string => !!id);
    if (admin && group.length > 1) {
      const staff = await createStaffGroup(t, {
        storeId: DEMO_STORES.jingan,
        title: '静安店 · 全员群',
        creatorId: admin,
        memberIds: group,
      });
      await say(t, staff, admin, '本周六客流大，大家提前十分钟到岗。');
      if (tech) await say(t, staff, tech, '收到，补色剂库存不多了，需要补货。');
    }
  });
}
