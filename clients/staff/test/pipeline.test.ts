import { afterEach, describe, expect, it } from 'vitest';
import { eventually, FakeApi, type Mounted, mountConsole, STORE_A, workspaceFor } from './helpers.ts';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const stage = (key: string, label: string, categories: string[] | null = null) => ({
  __typename: 'PipelineStage',
  key,
  label,
  categories,
});

describe('settings → pipeline', () => {
  it('adds a work stage, reorders it, refuses a bad key locally and saves the pipeline', async () => {
    const api = new FakeApi()
      .on('StaffWorkspace', () => workspaceFor('storeAdmin'))
      .on('StoreSettings', () => ({
        node: {
          __typename: 'Store',
          id: STORE_A,
          name: '门店1',
          address: 'a',
          phone: '1',
          timeZone: 'Asia/Shanghai',
          openingHours: [],
        },
      }))
      .on('CareSettings', () => ({
        node: {
          __typename: 'Store',
          id: STORE_A,
          careSettings: {
            __typename: 'CareSettings',
            pipeline: [
              stage('received', '已收件'),
              stage('cleaning', '深度清洁', ['cleaning']),
              stage('qualityCheck', '质检'),
              stage('readyForPickup', '待取件'),
              stage('pickedUp', '已取件'),
            ],
            reminderAfterDays: 3,
            reminderEveryDays: 2,
            maxReminders: 4,
          },
        },
      }))
      .on('ConfigureCare', (v) => ({
        configureCare: {
          __typename: 'CareSettings',
          pipeline: v.input.pipeline.map((s: { key: string; label: string; categories: string[] | null }) =>
            stage(s.key, s.label, s.categories),
          ),
          reminderAfterDays: v.input.reminderAfterDays,
          reminderEveryDays: v.input.reminderEveryDays,
          maxReminders: v.input.maxReminders,
        },
      }));
    mounted = await mountConsole(api, { signedIn: true, path: '/settings' });
    const root = mounted.root;
    await eventually(() => expect(root.querySelector('#tab-pipeline')).not.toBeNull());
    (root.querySelector('#tab-pipeline') as HTMLElement).click();
    await eventually(() => expect(root.querySelectorAll('input[data-test=stage-label]').length).toBe(5));
    // received, readyForPickup and pickedUp keep their keys; the two work stages are editable.
    expect(root.querySelectorAll('input[data-test=stage-key]').length).toBe(2);

    (root.querySelector('[data-test=pipeline-add]') as HTMLElement).click();
    await eventually(() => expect(root.querySelectorAll('input[data-test=stage-key]').length).toBe(3));
    const type = (selector: string, index: number, value: string) => {
      const el = root.querySelectorAll(selector)[index] as HTMLInputElement;
      el.value = value;
      el.dispatchEvent(new Event('input'));
    };
    // The new stage sits just before readyForPickup (row 3); an invalid key is refused before sending.
    type('input[data-test=stage-key]', 2, '1bad');
    type('input[data-test=stage-label]', 3, '晾干');
    await eventually(() => expect(root.querySelector('[data-test=pipeline-problem]')).not.toBeNull());
    (root.querySelector('[data-test=pipeline-save]') as HTMLElement).click();
    await new Promise((r) => setTimeout(r, 30));
    expect(api.calls('ConfigureCare').length).toBe(0);

    type('input[data-test=stage-key]', 2, 'drying');
    await eventually(() => expect(root.querySelector('[data-test=pipeline-problem]')).toBeNull());
    (root.querySelector('[data-up="3"]') as HTMLElement).click();
    await eventually(() =>
      expect((root.querySelectorAll('input[data-test=stage-key]')[1] as HTMLInputElement).value).toBe('drying'),
    );
    (root.querySelector('[data-test=pipeline-save]') as HTMLElement).click();
    await eventually(() => expect(api.calls('ConfigureCare').length).toBe(1));
    expect(api.calls('ConfigureCare')[0].variables.input).toEqual({
      storeId: STORE_A,
      pipeline: [
        { key: 'received', label: '已收件', categories: null },
        { key: 'cleaning', label: '深度清洁', categories: ['cleaning'] },
        { key: 'drying', label: '晾干', categories: null },
        { key: 'qualityCheck', label: '质检', categories: null },
        { key: 'readyForPickup', label: '待取件', categories: null },
        { key: 'pickedUp', label: '已取件', categories: null },
      ],
      reminderAfterDays: 3,
      reminderEveryDays: 2,
      maxReminders: 4,
    });
  });
});
