import { describe, expect, it } from 'vitest';
import OrderDetail from '../src/views/OrderDetail.vue';
import { flush, mountView } from './helpers.ts';

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
  it('shows tag number and pickup code, and approves a change request in one tap', async () => {
    let answered = false;
    const { wrapper, calls } = await mountView(
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
    );
    await flush();
    expect(wrapper.find('[data-test=tag-number]').text()).toBe('0042');
    expect(wrapper.find('[data-test=pickup-code]').text()).toBe('735911');
    expect(wrapper.find('[data-test=change-request]').text()).toContain('¥88.00');
    await wrapper.find('[data-test=approve-change]').trigger('click');
    await flush();
    expect(calls.find((c) => c.name === 'AnswerChangeRequest')?.variables).toEqual({
      input: { changeRequestId: 'CR1', approve: true },
    });
    await flush();
    expect(wrapper.find('[data-test=change-request]').exists()).toBe(false);
    expect(wrapper.find('[data-test=order-status]').text()).toBe('深度清洁');
    wrapper.unmount();
  });
});
