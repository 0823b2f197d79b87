/** The console's first routes: `pnpm --filter @lacewire/staff size [src/views/SignIn.vue src/views/Board.vue]`. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printRouteSizes } from '../../../packages/client/scripts/route-size.ts';

export { routeSize } from '../../../packages/client/scripts/route-size.ts';

/** The first route's JavaScript as served (brotli). */
export const BUDGET_BYTES = 150 * 1024;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const routes = process.argv.slice(2);
  const groups = routes.length ? [routes] : [['src/views/SignIn.vue'], ['src/views/Board.vue']];
  printRouteSizes(join(import.meta.dirname, '..', 'dist'), groups, BUDGET_BYTES);
}
