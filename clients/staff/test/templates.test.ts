import { afterEach, describe, expect, it } from 'vitest';
import { eventually, FakeApi, type Mounted, mountConsole, STORE_A, workspaceFor } from './helpers.ts';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

function template(kind: string, locale: string, body: string, isDefault = true) {
  return { __typename: 'NotificationTemplate', kind, locale, body, isDefault, urgent: false, variables: ['tag', 'store'] };
}

describe('settings → notification templates', () => {
  it('lists templates per kind and language, inserts a variable, previews the edit and saves it', async () => {
    let templates = [
      template('readyForPickup', 'zh-CN', '您的鞋 {{tag}} 已可取件'),
      template('readyForPickup', 'en', 'Your pair {{tag}} is ready'),
      template('orderReceived', 'zh-CN', '{{store}} 已收到您的鞋'),
    ];
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
      .on('NotificationTemplates', () => ({ node: { __typename: 'Store', id: STORE_A, notificationTemplates: templates } }))
      .on('NotificationPreview', (v) => ({
        notificationPreview: String(v.body).replaceAll('{{tag}}', 'A-0001').replaceAll('{{store}}', '静安店'),
      }))
      .on('SaveNotificationTemplate', (v) => {
        const saved = template(v.input.kind, v.input.locale, v.input.body, false);
        templates = templates.map((x) => (x.kind === saved.kind && x.locale === saved.locale ? saved : x));
        return { saveNotificationTemplate: saved };
      });
    mounted = await mountConsole(api, { signedIn: true, path: '/settings' });
    const root = mounted.root;
    await eventually(() => expect(root.querySelector('#tab-templates')).not.toBeNull());
    (root.querySelector('#tab-templates') as HTMLElement).click();
    await eventually(() => expect(root.querySelectorAll('[data-edit-template]').length).toBe(3));
    expect(root.querySelector('[data-test=templates-table]')?.textContent).toContain('可以取件');

    (root.querySelector('[data-edit-template="readyForPickup:zh-CN"]') as HTMLElement).click();
    const textarea = () => document.querySelector('textarea[data-test=template-body]') as HTMLTextAreaElement;
    await eventually(() => expect(textarea()?.value).toBe('您的鞋 {{tag}} 已可取件'));
    textarea().value = '{{store}}：';
    textarea().dispatchEvent(new Event('input'));
    textarea().setSelectionRange(textarea().value.length, textarea().value.length);
    (document.querySelector('[data-variable=tag]') as HTMLElement).click();
    await eventually(() => expect(textarea().value).toBe('{{store}}：{{tag}}'));

    (document.querySelector('[data-test=template-preview]') as HTMLElement).click();
    await eventually(() =>
      expect(document.querySelector('[data-test=template-preview-text]')?.textContent).toBe('静安店：A-0001'),
    );
    expect(api.calls('NotificationPreview')[0].variables).toEqual({
      storeId: STORE_A,
      kind: 'readyForPickup',
      locale: 'zh-CN',
      body: '{{store}}：{{tag}}',
    });

    (document.querySelector('[data-test=template-save]') as HTMLElement).click();
    await eventually(() => expect(api.calls('SaveNotificationTemplate').length).toBe(1));
    expect(api.calls('SaveNotificationTemplate')[0].variables.input).toEqual({
      storeId: STORE_A,
      kind: 'readyForPickup',
      locale: 'zh-CN',
      body: '{{store}}：{{tag}}',
    });
    await eventually(() => expect(root.querySelector('[data-test=templates-table]')?.textContent).toContain('已自定义'));
  });
});
