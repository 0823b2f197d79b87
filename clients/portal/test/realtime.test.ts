import { describe, expect, it, vi } from 'vitest';
import { deliver, onEvent } from '../src/lib/realtime.ts';

vi.mock('graphql-ws', () => ({ createClient: () => ({ on: () => () => {}, subscribe: () => () => {}, dispose: () => {} }) }));

describe('realtime stream', () => {
  it('delivers each cursor once, in order, and filters by type', () => {
    const all: string[] = [];
    const orders: string[] = [];
    const offAll = onEvent((e) => all.push(e.cursor));
    const offOrders = onEvent((e) => orders.push(e.cursor), ['order.*']);
    deliver({ cursor: '1', type: 'order.statusChanged', at: '', payload: {} });
    deliver({ cursor: '2', type: 'message.sent', at: '', payload: {} });
    deliver({ cursor: '2', type: 'message.sent', at: '', payload: {} });
    deliver({ cursor: '1', type: 'order.statusChanged', at: '', payload: {} });
    deliver({ cursor: '10', type: 'order.created', at: '', payload: {} });
    expect(all).toEqual(['1', '2', '10']);
    expect(orders).toEqual(['1', '10']);
    offAll();
    offOrders();
  });
});
