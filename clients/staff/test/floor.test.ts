import { globalId } from '@lacewire/client';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually, FakeApi, type Mounted, mountConsole, STORE_A, settle, workspaceFor } from './helpers.ts';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const COMPLAINT = globalId('Complaint', 'c1');
const person = (accountId: string, displayName: string) => ({ __typename: 'AftercarePerson', accountId, displayName });

function afterSalesApi() {
  return new FakeApi()
    .on('StaffWorkspace', () => workspaceFor('clerk'))
    .on('AfterSales', () => ({
      complaints: [
        {
          __typename: 'Complaint',
          id: COMPLAINT,
          category: 'quality',
          severity: 'medium',
          status: 'open',
          description: '清洗后鞋面有水渍印',
          createdAt: new Date().toISOString(),
          firstResponseAt: null,
          firstResponseDueAt: new Date(Date.now() + 3_600_000).toISOString(),
          firstResponseBreached: false,
          resolutionDueAt: new Date(Date.now() + 86_400_000).toISOString(),
          resolutionBreached: false,
          resolvedAt: null,
          resolution: null,
          allowedMoves: ['inProgress'],
          assignee: person(globalId('Account', 't1'), '王师傅'),
          assignments: [
            {
              __typename: 'ComplaintAssignment',
              at: new Date().toISOString(),
              note: '请复查鞋面',
              by: person('c1', '李前台'),
              from: null,
              to: person('t1', '王师傅'),
            },
          ],
          order: null,
          updates: [],
        },
      ],
      followUpTasks: [],
      node: { __typename: 'Store', id: STORE_A, reviews: [] },
    }))
    .on('ComplaintAssignments', () => ({
      node: {
        __typename: 'Store',
        id: STORE_A,
        staff: [
          { __typename: 'StaffMember', accountId: globalId('Account', 't1'), displayName: '王师傅', role: 'technician' },
          { __typename: 'StaffMember', accountId: globalId('Account', 't2'), displayName: '张大师', role: 'technician' },
        ],
      },
    }))
    .on('AssignComplaint', () => ({
      assignComplaint: { __typename: 'Complaint', id: COMPLAINT, assignee: person(globalId('Account', 't2'), '张大师') },
    }));
}

describe('complaints are handed over by hand', () => {
  it('shows who holds a complaint and its hand-overs, and transfers it with a note', async () => {
    const api = afterSalesApi();
    mounted = await mountConsole(api, { signedIn: true, path: '/aftersales' });
    const root = mounted.root;
    await eventually(() => expect(root.querySelector('[data-test=complaint-assignee]')?.textContent).toBe('王师傅'));
    expect(root.querySelector('[data-test=complaint-assignments]')?.textContent).toContain(
      '李前台 将问题从 未分配 转交给 王师傅',
    );
    expect(root.querySelector('[data-test=complaint-assignments]')?.textContent).toContain('请复查鞋面');

    (root.querySelector('[data-test=complaint-assign]') as HTMLElement).click();
    await settle();
    // The one who holds it is not offered again.
    await eventually(() => expect(document.body.querySelectorAll('.el-select-dropdown__item').length).toBeGreaterThan(0));
    const options = [...document.body.querySelectorAll('.el-select-dropdown__item')].map((o) => o.textContent ?? '');
    expect(options.some((o) => o.includes('张大师'))).toBe(true);
    expect(options.some((o) => o.includes('王师傅'))).toBe(false);
    const pick = [...document.body.querySelectorAll('.el-select-dropdown__item')].find((o) => o.textContent?.includes('张大师'));
    (pick as HTMLElement).click();
    const note = document.body.querySelector('textarea[data-test=complaint-assign-note]') as HTMLTextAreaElement;
    note.value = '王师傅休假，请接手';
    note.dispatchEvent(new Event('input'));
    await settle();
    (document.body.querySelector('[data-test=complaint-assign-submit]') as HTMLElement).click();
    await eventually(() => expect(api.calls('AssignComplaint')).toHaveLength(1));
    expect(api.calls('AssignComplaint')[0].variables).toEqual({
      // Ids go out as they came: the Account's global id.
      input: { complaintId: COMPLAINT, assigneeId: globalId('Account', 't2'), note: '王师傅休假，请接手' },
    });
  });

  it('lets a technician read the complaints assigned to them, without follow-ups and reviews', async () => {
    const api = afterSalesApi().on('StaffWorkspace', () => workspaceFor('technician'));
    mounted = await mountConsole(api, { signedIn: true, path: '/aftersales' });
    await eventually(() => expect(api.calls('AfterSales')).toHaveLength(1));
    expect(api.calls('AfterSales')[0].variables).toMatchObject({ manager: false });
    await eventually(() => expect(mounted!.root.querySelector('[data-test=complaint-assignee]')).not.toBeNull());
  });
});
