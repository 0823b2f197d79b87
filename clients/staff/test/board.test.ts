import { globalId, localId } from '@lacewire/client';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually, FakeApi, type Mounted, mountConsole, STORE_A, workspaceFor } from './helpers.ts';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const pipeline = [
  { key: 'received', label: '已收件' },
  { key: 'cleaning', label: '深度清洁' },
  { key: 'qualityCheck', label: '质检' },
  { key: 'readyForPickup', label: '待取件' },
  { key: 'pickedUp', label: '已取件' },
];

function order(tag: string, status: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'WorkOrder',
    id: globalId('WorkOrder', tag),
    tagNumber: tag,
    status,
    statusLabel: status,
    customerName: `顾客${tag}`,
    promisedAt: new Date(Date.now() + 86_400_000).toISOString(),
    createdAt: new Date().toISOString(),
    reworkCount: 0,
    awaitingIntake: false,
    totalMinor: 12800,
    currency: 'CNY',
    shoe: { __typename: 'OrderShoe', brand: 'Nike', model: 'AF1', colour: '白' },
    technician: null,
    changeRequests: [],
    ...extra,
  };
}

describe('board', () => {
  it('shows orders in pipeline columns, highlights overdue and on-hold, filters by technician, and moves a card on a live event without refetching the board', async () => {
    const orders = [
      order('0001', 'received'),
      order('0002', 'cleaning', { promisedAt: new Date(Date.now() - 3_600_000).toISOString() }),
      order('0003', 'onHold', { technician: { __typename: 'OrderPerson', accountId: 't1', displayName: '王师傅' } }),
    ];
    const api = new FakeApi()
      .on('StaffWorkspace', () => workspaceFor('clerk'))
      .on('Board', () => ({
        node: {
          __typename: 'Store',
          id: STORE_A,
          careSettings: { __typename: 'CareSettings', pipeline: pipeline.map((p) => ({ __typename: 'PipelineStage', ...p })) },
          staff: [{ __typename: 'StaffMember', accountId: 't1', displayName: '王师傅', role: 'technician' }],
        },
        workOrders: orders,
      }));
    mounted = await mountConsole(api, { signedIn: true, path: '/board' });
    const root = mounted.root;
    await eventually(() => expect(root.querySelectorAll('[data-tag]').length).toBe(3));
    expect(root.querySelector('[data-column=received] [data-tag="0001"]')).not.toBeNull();
    expect(root.querySelector('[data-column=cleaning] [data-tag="0002"]')?.classList.contains('overdue')).toBe(true);
    expect(root.querySelector('[data-column=onHold] [data-tag="0003"]')?.classList.contains('onHold')).toBe(true);
    expect(root.querySelector('[data-column=pickedUp]')).toBeNull();
    expect(root.querySelector('[data-test=overdue-count]')?.textContent).toContain('1');

    // A technician moves 0001 elsewhere: the event's payload moves the card; nothing is fetched.
    mounted.transport.connect();
    await eventually(() => expect(api.calls('Board').length).toBe(2));
    await new Promise((r) => setTimeout(r, 50));
    const before = api.requests.length;
    mounted.transport.push('7', 'order.statusChanged', {
      orderId: '0001',
      storeId: localId(STORE_A),
      from: 'received',
      to: 'cleaning',
      label: '深度清洁',
    });
    await eventually(() => expect(root.querySelector('[data-column=cleaning] [data-tag="0001"]')).not.toBeNull());
    expect(root.querySelector('[data-column=received] [data-tag="0001"]')).toBeNull();
    await new Promise((r) => setTimeout(r, 200));
    expect(api.requests.slice(before).map((r) => r.operationName)).toEqual([]);
    expect(root.querySelector('[data-column=cleaning] [data-tag="0001"]')?.classList.contains('flash')).toBe(true);
  });

  it('ignores order events of another store', async () => {
    const api = new FakeApi()
      .on('StaffWorkspace', () => workspaceFor('clerk'))
      .on('Board', () => ({
        node: { __typename: 'Store', id: STORE_A, careSettings: { __typename: 'CareSettings', pipeline: [] }, staff: [] },
        workOrders: [],
      }));
    mounted = await mountConsole(api, { signedIn: true, path: '/board' });
    await eventually(() => expect(api.calls('Board').length).toBe(1));
    mounted.transport.connect();
    // Connecting without a cursor refetches once (events before the stream was live).
    await eventually(() => expect(api.calls('Board').length).toBe(2));
    mounted.transport.push('8', 'order.opened', { orderId: 'x', storeId: 'another-store' });
    await new Promise((r) => setTimeout(r, 300));
    expect(api.calls('Board').length).toBe(2);
  });

  it('refetches and resumes from now when the server no longer keeps events after its cursor', async () => {
    const api = new FakeApi()
      .on('StaffWorkspace', () => workspaceFor('clerk'))
      .on('Board', () => ({
        node: { __typename: 'Store', id: STORE_A, careSettings: { __typename: 'CareSettings', pipeline: [] }, staff: [] },
        workOrders: [],
      }));
    mounted = await mountConsole(api, { signedIn: true, path: '/board' });
    mounted.transport.connect();
    await eventually(() => expect(api.calls('Board').length).toBe(2));
    mounted.transport.push('9', 'store.updated');
    // Back after a long time away: the server's retention dropped what followed cursor 9.
    mounted.transport.drop([{ message: 'Events after this cursor are no longer kept', extensions: { code: 'CursorExpired' } }]);
    await eventually(() => expect(mounted!.transport.current?.after).toBe(null));
    mounted.transport.connect();
    await eventually(() => expect(api.calls('Board').length).toBe(3));
    expect(mounted.root.querySelector('.lw-connection')?.getAttribute('data-state')).toBe('connected');
  });
});
