import { updateStore } from '@lacewire/plugin-stores';
import { globalId, localId, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account, customerOf, HISTORY, open, send, sendOk } from './helpers.ts';
import { messagingPlatform } from './platform.ts';

let t: TestPlatform;
beforeAll(async () => {
  t = await messagingPlatform();
});
afterAll(() => t?.close());

const INBOX = `query($storeId: ID, $mine: Boolean, $waiting: Boolean) { conversations(storeId: $storeId, assignedToMe: $mine, waiting: $waiting) {
  edges { node { id kind assigneeId assigneeName waitingSeconds waitingSince customerName isMember } } } }`;
const TRANSFER = `mutation($input: TransferConversationInput!) { transferConversation(input: $input) {
  __typename ... on Conversation { assigneeId members { accountId role } } ... on Error { message } } }`;
const JOIN = `mutation($input: ConversationInput!) { joinConversation(input: $input) { __typename ... on Conversation { isMember } ... on Error { message } } }`;

describe('staff inbox', () => {
  it('assigns new customer conversations round-robin among the clerks, and transfers them', async () => {
    const store = await t.store();
    const clerks = [await t.staff(store, 'clerk', '李前台'), await t.staff(store, 'clerk', '周前台')];
    await t.staff(store, 'technician');
    const order = clerks.map((c) => c.accountId).sort();
    const assignees = [];
    for (let i = 0; i < 4; i++) assignees.push((await open(await t.customer(), store.globalId)).assigneeId);
    expect(assignees.map((a) => localId(a as string))).toEqual([order[0], order[1], order[0], order[1]]);

    const first = clerks.find((c) => c.accountId === order[0]);
    const second = clerks.find((c) => c.accountId === order[1]);
    if (!first || !second) throw new Error('clerks');
    const mine = await first.query(INBOX, { storeId: store.globalId, mine: true });
    expect(mine.conversations.edges).toHaveLength(2);
    // Both clerks see the whole store inbox.
    expect((await second.query(INBOX, { storeId: store.globalId })).conversations.edges).toHaveLength(4);

    const target = mine.conversations.edges[0].node.id;
    const moved = await first.query(TRANSFER, { input: { conversationId: target, toAccountId: account(second) } });
    expect(moved.transferConversation.assigneeId).toBe(account(second));
    expect(moved.transferConversation.members.map((m: any) => m.accountId)).not.toContain(account(first));
    expect((await first.query(INBOX, { storeId: store.globalId, mine: true })).conversations.edges).toHaveLength(1);
    // A customer cannot transfer, nor can another store's clerk.
    const other = await t.staff(await t.store(), 'clerk');
    expect(
      (await other.query(TRANSFER, { input: { conversationId: target, toAccountId: account(other) } })).transferConversation
        .__typename,
    ).not.toBe('Conversation');
  });

  it('shows waiting time until staff answer (internal notes do not count)', async () => {
    const store = await t.store();
    const clerk = await t.staff(store, 'clerk');
    const customer = await t.customer();
    const conversation = await open(customer, store.globalId);
    await sendOk(customer, conversation.id, '请问今天能取鞋吗？');
    const waiting = await clerk.query(INBOX, { storeId: store.globalId, waiting: true });
    expect(waiting.conversations.edges.map((e: any) => e.node.id)).toEqual([conversation.id]);
    expect(waiting.conversations.edges[0].node.waitingSeconds).toBeGreaterThanOrEqual(0);
    await sendOk(clerk, conversation.id, '客户很急', { internal: true });
    expect((await clerk.query(INBOX, { storeId: store.globalId, waiting: true })).conversations.edges).toHaveLength(1);
    await sendOk(clerk, conversation.id, '可以的，下午三点后来取');
    expect((await clerk.query(INBOX, { storeId: store.globalId, waiting: true })).conversations.edges).toHaveLength(0);
  });

  it('answers automatically outside opening hours, once', async () => {
    const store = await t.store();
    await t.runtime.tx((tx) => updateStore(tx, store.id, { openingHours: [] }));
    const customer = await t.customer();
    const conversation = await open(customer, store.globalId);
    await sendOk(customer, conversation.id, '在吗');
    await sendOk(customer, conversation.id, '有人吗');
    const history = await customer.query(HISTORY, { id: conversation.id });
    expect(history.node.messages.messages.map((m: any) => [m.seq, m.kind])).toEqual([
      [1, 'text'],
      [2, 'system'],
      [3, 'text'],
    ]);
    expect(history.node.messages.messages[1].body).toContain('不在营业时间');
  });

  it('lets staff join and leave customer conversations; technicians join order threads', async () => {
    const store = await t.store();
    const clerk = await t.staff(store, 'clerk');
    const technician = await t.staff(store, 'technician');
    const customer = await t.customer();
    const conversation = await open(customer, store.globalId);
    expect((await send(technician, conversation.id, '你好')).__typename).toBe('NotMember');
    expect((await technician.query(JOIN, { input: { conversationId: conversation.id } })).joinConversation).toEqual({
      __typename: 'Conversation',
      isMember: true,
    });
    await sendOk(technician, conversation.id, '我是负责您鞋子的师傅');
    // A customer cannot join someone else's conversation.
    const stranger = await t.customer();
    expect((await stranger.query(JOIN, { input: { conversationId: conversation.id } })).joinConversation.__typename).toBe(
      'NotMember',
    );
    const left = await technician.query(
      `mutation($input: ConversationInput!) { leaveConversation(input: $input) { __typename } }`,
      { input: { conversationId: conversation.id } },
    );
    expect(left.leaveConversation.__typename).toBe('Done');
    expect((await send(technician, conversation.id, '再见')).__typename).toBe('NotMember');

    const orderId = globalId('WorkOrder', crypto.randomUUID());
    const thread = await clerk.query(
      `mutation($input: OpenOrderConversationInput!) { openOrderConversation(input: $input) { __typename ... on Conversation { id kind workOrderId members { accountId role } } } }`,
      { input: { storeId: store.globalId, workOrderId: orderId, customerId: customerOf(customer), title: 'AJ1 深度清洁' } },
    );
    expect(thread.openOrderConversation).toMatchObject({
      kind: 'order',
      workOrderId: orderId,
      members: [{ accountId: account(customer), role: 'customer' }],
    });
    await sendOk(customer, thread.openOrderConversation.id, '这双鞋麻烦轻一点刷');
    void clerk;
  });

  it('opens a VIP channel between a customer and a named senior technician, and staff groups', async () => {
    const store = await t.store();
    const admin = await t.staff(store, 'storeAdmin');
    const clerk = await t.staff(store, 'clerk');
    const senior = await t.staff(store, 'technician', '张大师');
    const vip = await t.customer();
    const VIP = `mutation($input: OpenVipChannelInput!) { openVipChannel(input: $input) { __typename ... on Conversation { id kind title members { accountId role } } ... on Error { message } } }`;
    const input = { storeId: store.globalId, customerId: customerOf(vip), technicianId: account(senior) };
    expect((await clerk.query(VIP, { input })).openVipChannel.__typename).toBe('NotAllowed');
    const channel = (await admin.query(VIP, { input })).openVipChannel;
    expect(channel.kind).toBe('vip');
    await sendOk(vip, channel.id, '张师傅，我的鳄鱼皮鞋想做一次护理');
    await sendOk(senior, channel.id, '王先生好，周六上午带过来就行');
    // Members only: the store's clerk does not read the VIP channel.
    expect((await clerk.query(HISTORY, { id: channel.id })).node).toBeNull();
    const customerView = await vip.query(`query($id: ID!) { node(id: $id) { ... on Conversation { title } } }`, {
      id: channel.id,
    });
    expect(customerView.node.title).toBe('VIP · 张大师');

    const GROUP = `mutation($input: CreateStaffGroupInput!) { createStaffGroup(input: $input) { __typename ... on Conversation { id kind members { accountId role } } ... on Error { message } } }`;
    const group = (
      await admin.query(GROUP, {
        input: { storeId: store.globalId, title: '静安店群', memberIds: [account(clerk), account(senior)] },
      })
    ).createStaffGroup;
    expect(group.members).toHaveLength(3);
    await sendOk(clerk, group.id, '今天的快递到了');
    expect((await vip.query(HISTORY, { id: group.id })).node).toBeNull();
    // Customers cannot be put in a staff group.
    const refused = await admin.query(GROUP, { input: { storeId: store.globalId, title: 'x', memberIds: [account(vip)] } });
    expect(refused.createStaffGroup.__typename).toBe('InvalidInput');
  });

  it('keeps canned replies per store', async () => {
    const store = await t.store();
    const other = await t.store();
    const clerk = await t.staff(store, 'clerk');
    const otherClerk = await t.staff(other, 'clerk');
    const SAVE = `mutation($input: SaveCannedReplyInput!) { saveCannedReply(input: $input) { __typename ... on CannedReply { id title body } ... on Error { message } } }`;
    const saved = await clerk.query(SAVE, {
      input: { storeId: store.globalId, title: '营业时间', body: '我们每天 10:00–21:00 营业。' },
    });
    expect(saved.saveCannedReply.__typename).toBe('CannedReply');
    expect(
      (await otherClerk.query(SAVE, { input: { storeId: store.globalId, title: 'x', body: 'y' } })).saveCannedReply.__typename,
    ).toBe('NotAllowed');
    const list = await clerk.query(`query($s: ID!) { cannedReplies(storeId: $s) { title body } }`, { s: store.globalId });
    expect(list.cannedReplies).toEqual([{ title: '营业时间', body: '我们每天 10:00–21:00 营业。' }]);
    const refused = await otherClerk.request(`query($s: ID!) { cannedReplies(storeId: $s) { title } }`, { s: store.globalId });
    expect(refused.errors?.length).toBeGreaterThan(0);
    // A canned reply is a node: its store's staff open it by id, others do not see it.
    const NODE = `query($id: ID!) { node(id: $id) { ... on CannedReply { title } } }`;
    expect((await clerk.query(NODE, { id: saved.saveCannedReply.id })).node).toEqual({ title: '营业时间' });
    expect((await otherClerk.query(NODE, { id: saved.saveCannedReply.id })).node).toBeNull();
  });
});
