/** The portal's first routes: `pnpm --filter @lacewire/portal size [src/views/SignIn.vue src/views/Orders.vue]`. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printRouteSizes } from '../../../packages/client/scripts/route-size.ts';

export { routeSize } from '../../../packages/client/scripts/route-size.ts';

/** The first route's JavaScript as served (brotli), for a phone on a slow network. */
export const BUDGET_BYTES = 120 * 1024;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const routes = process.argv.slice(2);
  const groups = routes.length ? [routes] : [['src/views/SignIn.vue'], ['src/views/Orders.vue']];
  printRouteSizes(join(import.meta.dirname, '..', 'dist'), groups, BUDGET_BYTES);
}
