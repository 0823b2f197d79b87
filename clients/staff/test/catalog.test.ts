import { globalId } from '@lacewire/client';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually, FakeApi, type Mounted, mountConsole, STORE_A, workspaceFor } from './helpers.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

function setInput(selector: string, value: string) {
  const input = document.querySelector(`${selector} input, input${selector}`) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

describe('settings → services & stock', () => {
  it('creates a service and a material, showing a typed error next to the form', async () => {
    const services: any[] = [];
    const materials: any[] = [];
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
      .on('CatalogSettings', () => ({ node: { __typename: 'Store', id: STORE_A, services, materials } }))
      .on('CreateService', (v) => {
        const s = {
          __typename: 'Service',
          id: globalId('Service', `svc${services.length}`),
          active: true,
          currency: 'CNY',
          ...v.input,
        };
        delete s.storeId;
        delete s.idempotencyKey;
        services.push(s);
        return { createService: { __typename: 'Service', id: s.id } };
      })
      .on('LacewireService', ({ id }) => ({
        node: { description: null, requiredSkills: [], ...services.find((x) => x.id === id) },
      }))
      .on('LacewireMaterial', ({ id }) => ({ node: materials.find((x) => x.id === id) }))
      .on('CreateMaterial', (v) => {
        if (v.input.unit === '')
          return {
            createMaterial: {
              __typename: 'InvalidInput',
              code: 'InvalidInput',
              field: 'unit',
              message: 'Unit is required.',
              params: [{ name: 'field', value: 'unit' }],
            },
          };
        const { storeId: _store, idempotencyKey: _key, ...fields } = v.input;
        materials.push({ __typename: 'Material', id: globalId('Material', 'm1'), low: false, ...fields });
        return { createMaterial: { __typename: 'Material', id: globalId('Material', 'm1') } };
      });
    mounted = await mountConsole(api, { signedIn: true, path: '/settings' });
    const root = mounted.root;
    await eventually(() => expect(root.querySelector('#tab-catalog')).not.toBeNull());
    (root.querySelector('#tab-catalog') as HTMLElement).click();
    await eventually(() => expect(root.querySelector('[data-test=new-service]')).not.toBeNull());

    (root.querySelector('[data-test=new-service]') as HTMLElement).click();
    await eventually(() => expect(document.querySelector('[data-test=service-name]')).not.toBeNull());
    setInput('[data-test=service-name]', '深度清洁');
    setInput('[data-test=service-price]', '88.5');
    (document.querySelector('[data-test=service-price] input') as HTMLInputElement).dispatchEvent(new Event('change'));
    (document.querySelector('[data-test=service-submit]') as HTMLElement).click();
    await eventually(() => expect(api.calls('CreateService').length).toBe(1));
    expect(api.calls('CreateService')[0].variables.input).toEqual({
      storeId: STORE_A,
      name: '深度清洁',
      category: 'cleaning',
      priceMinor: 8850,
      durationMinutes: 30,
      bookableOnline: true,
      // Added by @lacewire/client: a creating mutation is retry-safe.
      idempotencyKey: expect.stringMatching(UUID),
    });
    // The service.created event brings the new service alone; the list is not asked again.
    const listed = api.calls('CatalogSettings').length;
    mounted.transport.push('1', 'service.created', { serviceId: 'svc0', storeId: 'a' });
    await eventually(() => expect(root.textContent).toContain('深度清洁'));
    expect(api.calls('LacewireService')).toHaveLength(1);

    (root.querySelector('[data-test=new-material]') as HTMLElement).click();
    await eventually(() => expect(document.querySelector('[data-test=material-name]')).not.toBeNull());
    setInput('[data-test=material-name]', '清洁剂');
    (document.querySelector('[data-test=material-submit]') as HTMLElement).click();
    await eventually(() => expect(document.querySelector('[data-test=material-error]')?.textContent).toContain('unit: 输入有误'));

    setInput('[data-test=material-unit]', '瓶');
    (document.querySelector('[data-test=material-submit]') as HTMLElement).click();
    await eventually(() => expect(api.calls('CreateMaterial').length).toBe(2));
    expect(api.calls('CreateMaterial')[1].variables.input).toEqual({
      storeId: STORE_A,
      name: '清洁剂',
      unit: '瓶',
      stock: 0,
      lowStockThreshold: 0,
      idempotencyKey: expect.stringMatching(UUID),
    });
    // The refused attempt was answered: the corrected one is a new creation with a key of its own.
    expect(api.calls('CreateMaterial')[1].variables.input.idempotencyKey).not.toBe(
      api.calls('CreateMaterial')[0].variables.input.idempotencyKey,
    );
    mounted.transport.push('2', 'material.created', { materialId: 'm1', storeId: 'a' });
    await eventually(() => expect(root.textContent).toContain('清洁剂'));
    expect(api.calls('CatalogSettings')).toHaveLength(listed);
  });
});
