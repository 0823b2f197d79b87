import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import RegionMarker, { type Region } from '../src/components/RegionMarker.vue';

function at(el: Element, rect: { left: number; top: number; width: number; height: number }) {
  (el as HTMLElement).getBoundingClientRect = () =>
    ({
      ...rect,
      right: rect.left + rect.width,
      bottom: rect.top + rect.height,
      x: rect.left,
      y: rect.top,
      toJSON() {},
    }) as DOMRect;
}

describe('RegionMarker', () => {
  it('turns a drag into a rectangle in fractions of the photo, and a tap on it removes it', async () => {
    const updates: Region[][] = [];
    const wrapper = mount(RegionMarker, {
      props: {
        src: 'x.png',
        modelValue: [],
        'onUpdate:modelValue': (v: Region[]) => {
          updates.push(v);
          wrapper.setProps({ modelValue: v });
        },
      },
    });
    const box = wrapper.find('[data-test=region-marker]');
    at(box.element, { left: 10, top: 20, width: 200, height: 100 });
    await box.trigger('pointerdown', { clientX: 50, clientY: 40, pointerId: 1 });
    await box.trigger('pointermove', { clientX: 110, clientY: 90, pointerId: 1 });
    await box.trigger('pointerup', { clientX: 110, clientY: 90, pointerId: 1 });
    expect(updates.at(-1)).toEqual([{ x: 0.2, y: 0.2, width: 0.3, height: 0.5 }]);
    // A tap makes no region.
    await box.trigger('pointerdown', { clientX: 100, clientY: 100, pointerId: 1 });
    await box.trigger('pointerup', { clientX: 100, clientY: 100, pointerId: 1 });
    expect(updates).toHaveLength(1);
    await wrapper.find('[data-test=region]').trigger('click');
    expect(updates.at(-1)).toEqual([]);
  });
});
