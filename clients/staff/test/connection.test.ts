import { afterEach, describe, expect, it } from 'vitest';
import { eventually, FakeApi, type Mounted, mountConsole, settle, workspaceFor } from './helpers.ts';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

describe('connection indicator', () => {
  it('follows the stream: connecting, live, reconnecting, live again after resuming from the last cursor', async () => {
    mounted = await mountConsole(
      new FakeApi().on('StaffWorkspace', () => workspaceFor('clerk')),
      { signedIn: true },
    );
    const indicator = () => mounted!.root.querySelector('.lw-connection')!;
    expect(indicator().getAttribute('data-state')).toBe('connecting');
    mounted.transport.connect();
    await settle();
    expect(indicator().getAttribute('data-state')).toBe('connected');
    expect(indicator().textContent).toContain('实时已连接');
    mounted.transport.push('41', 'store.updated');
    mounted.transport.drop();
    await settle();
    expect(indicator().getAttribute('data-state')).toBe('reconnecting');
    await new Promise((r) => setTimeout(r, 10));
    await eventually(() => expect(mounted!.transport.current?.after).toBe('41'));
    mounted.transport.connect();
    await settle();
    expect(indicator().getAttribute('data-state')).toBe('connected');
  });
});
