import { describe, expect, it } from 'vitest';
import OrderDetail from '../src/views/OrderDetail.vue';
import { flush, mountView, TestStream } from './helpers.ts';

const order = (changeStatus: string) => ({
  node: {
    __typename: 'WorkOrder',
    id: 'V29ya09yZGVyOjE=',
    tagNumber: '0042',
    status: changeStatus === 'pending' ? 'onHold' : 'cleaning',
    statusLabel: changeStatus === 'pending' ? '等待客户确认' : '深度清洁',
    pickupCode: '735911',
    pickupQr: null,
    totalMinor: 39600,
    currency: 'CNY',
    promisedAt: null,
    conditionNotes: null,
    shoe: { brand: 'Nike', model: 'Air Jordan 1', colour: null, material: null, size: null },
    store: { id: 'S1', name: '徐汇店', phone: '021', timeZone: 'Asia/Shanghai' },
    technician: null,
    services: [{ code: 'deep-clean', name: '深度清洁', priceMinor: 12800, state: 'approved' }],
    stages: [
      { key: 'received', label: '已收件', state: 'done' },
      { key: 'cleaning', label: '深度清洁', state: 'current' },
    ],
    changeRequests: [
      {
        id: 'CR1',
        description: '鞋底开胶',
        serviceName: '鞋底开胶重粘',
        priceMinor: 8800,
        status: changeStatus,
        raisedAt: '2026-11-25T10:00:00Z',
        photos: [],
      },
    ],
    steps: [],
    timeline: [{ kind: 'opened', text: '已收件，吊牌号 0042', at: '2026-11-25T10:00:00Z' }],
  },
});

describe('OrderDetail', () => {
  it('shows tag number and pickup code, approves a change request in one tap, and shows the outcome from its events', async () => {
    let answered = false;
    const stream = new TestStream();
    const { wrapper, calls, lacewire } = await mountView(
      OrderDetail,
      {
        OrderDetail: () => order(answered ? 'approved' : 'pending'),
        AnswerChangeRequest: (v) => {
          answered = true;
          return { answerChangeRequest: { __typename: 'ChangeRequest', id: v.input.changeRequestId, status: 'approved' } };
        },
      },
      '/orders/V29ya09yZGVyOjE=',
      { id: 'V29ya09yZGVyOjE=' },
      { stream: { transport: stream, online: () => true } },
    );
    lacewire.auth.signIn({ token: 't', expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    await flush();
    expect(wrapper.find('[data-test=tag-number]').text()).toBe('0042');
    expect(wrapper.find('[data-test=pickup-code]').text()).toBe('735911');
    expect(wrapper.find('[data-test=change-request]').text()).toContain('¥88.00');
    await wrapper.find('[data-test=approve-change]').trigger('click');
    await flush();
    expect(calls.find((c) => c.name === 'AnswerChangeRequest')?.variables).toEqual({
      input: { changeRequestId: 'CR1', approve: true },
    });
    // The answer's events bring the order up to date: one query, of this order.
    stream.connect();
    await flush();
    const before = calls.filter((c) => c.name === 'OrderDetail').length;
    const ids = { orderId: '1', storeId: 's1', customerId: 'c1' };
    stream.push('order.changeAnswered', { ...ids, changeRequestId: 'cr1', approved: true });
    stream.push('order.statusChanged', { ...ids, from: 'onHold', to: 'cleaning', label: '深度清洁', reason: null });
    await flush();
    await flush();
    expect(calls.filter((c) => c.name === 'OrderDetail').length).toBe(before + 1);
    expect(wrapper.find('[data-test=change-request]').exists()).toBe(false);
    expect(wrapper.find('[data-test=order-status]').text()).toBe('深度清洁');
    wrapper.unmount();
  });
});
