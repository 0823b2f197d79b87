import { afterEach, describe, expect, it } from 'vitest';
import { eventually, FakeApi, type Mounted, mountConsole, STORE_A, workspaceFor } from './helpers.ts';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

function storeSettings() {
  return {
    node: {
      __typename: 'Store',
      id: STORE_A,
      name: '门店1',
      address: 'a',
      phone: '1',
      timeZone: 'Asia/Shanghai',
      openingHours: [],
    },
  };
}

function input(root: HTMLElement, selector: string, value: string, index = 0) {
  const el = root.querySelectorAll(selector)[index] as HTMLInputElement;
  el.value = value;
  el.dispatchEvent(new Event('input'));
}

describe('settings → shifts', () => {
  it('edits a technician weekly template, adds and removes a date exception', async () => {
    let exceptions = [
      {
        __typename: 'ShiftException',
        id: 'x1',
        technicianId: 't1',
        date: '2030-01-02',
        kind: 'off',
        starts: null,
        ends: null,
        note: '年假',
      },
    ];
    const api = new FakeApi()
      .on('StaffWorkspace', () => workspaceFor('storeAdmin'))
      .on('StoreSettings', storeSettings)
      .on('StoreShifts', () => ({
        node: {
          __typename: 'Store',
          id: STORE_A,
          technicians: [
            { __typename: 'Technician', accountId: 't1', displayName: '王师傅' },
            { __typename: 'Technician', accountId: 't2', displayName: '赵师傅' },
          ],
          shifts: [
            { __typename: 'Shift', technicianId: 't1', weekday: 1, starts: '09:00', ends: '18:00' },
            { __typename: 'Shift', technicianId: 't2', weekday: 2, starts: '10:00', ends: '19:00' },
          ],
          shiftExceptions: exceptions,
        },
      }))
      .on('SetShiftTemplate', (v) => ({
        setShiftTemplate: {
          __typename: 'MutationSetShiftTemplateSuccess',
          data: v.input.shifts.map((s: object) => ({ __typename: 'Shift', technicianId: 't1', ...s })),
        },
      }))
      .on('AddShiftException', () => ({ addShiftException: { __typename: 'ShiftException', id: 'x2' } }))
      .on('RemoveShiftException', () => {
        exceptions = [];
        return { removeShiftException: { __typename: 'ShiftException', id: 'x1' } };
      });
    mounted = await mountConsole(api, { signedIn: true, path: '/settings' });
    const root = mounted.root;
    await eventually(() => expect(root.querySelector('#tab-shifts')).not.toBeNull());
    (root.querySelector('#tab-shifts') as HTMLElement).click();
    await eventually(() => expect(root.querySelectorAll('[data-test=shift-starts]').length).toBe(1));
    expect((root.querySelector('input[data-test=shift-starts]') as HTMLInputElement).value).toBe('09:00');
    expect(root.querySelector('[data-test=shift-exceptions]')?.textContent).toContain('年假');

    // A second shift (Tuesday by default), then an invalid time is refused locally.
    (root.querySelector('[data-test=shift-add-row]') as HTMLElement).click();
    await eventually(() => expect(root.querySelectorAll('[data-test=shift-starts]').length).toBe(2));
    input(root, '[data-test=shift-ends]', '8pm', 1);
    (root.querySelector('[data-test=shift-save]') as HTMLElement).click();
    await new Promise((r) => setTimeout(r, 30));
    expect(api.calls('SetShiftTemplate').length).toBe(0);

    input(root, '[data-test=shift-ends]', '20:00', 1);
    (root.querySelector('[data-test=shift-save]') as HTMLElement).click();
    await eventually(() => expect(api.calls('SetShiftTemplate').length).toBe(1));
    expect(api.calls('SetShiftTemplate')[0].variables.input).toEqual({
      storeId: STORE_A,
      technicianId: 't1',
      shifts: [
        { weekday: 1, starts: '09:00', ends: '18:00' },
        { weekday: 2, starts: '09:00', ends: '20:00' },
      ],
    });

    // Removing the exception refetches the list.
    (root.querySelector('[data-remove-exception=x1]') as HTMLElement).click();
    await eventually(() => expect(api.calls('RemoveShiftException').length).toBe(1));
    expect(api.calls('RemoveShiftException')[0].variables.input).toEqual({ id: 'x1' });
    await eventually(() => expect(root.querySelector('[data-remove-exception=x1]')).toBeNull());
  });
});
