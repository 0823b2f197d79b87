import { onBeforeUnmount, onMounted, onUpdated, type Ref, reactive } from 'vue';

/**
 * Whether a sideways-scrolling element hides content to its left or right, kept up to date on
 * scroll, resize and re-render: the board shades the edge that hides columns.
 */
export function useScrollEdges(element: Ref<HTMLElement | null>) {
  const edges = reactive({ left: false, right: false });
  const measure = () => {
    const el = element.value;
    edges.left = !!el && el.scrollLeft > 1;
    edges.right = !!el && el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
  };
  let observer: ResizeObserver | null = null;
  onMounted(() => {
    window.addEventListener('resize', measure);
    if (typeof ResizeObserver !== 'undefined') {
      observer = new ResizeObserver(measure);
      if (element.value) observer.observe(element.value);
    }
    measure();
  });
  onUpdated(() => {
    if (observer && element.value) observer.observe(element.value);
    measure();
  });
  onBeforeUnmount(() => {
    window.removeEventListener('resize', measure);
    observer?.disconnect();
  });
  return { edges, measure };
}
