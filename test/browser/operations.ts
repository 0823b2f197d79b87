import type { Page, Route } from 'playwright-core';

/** The GraphQL operation a request carries (the apps POST JSON with the document). */
function operationOf(route: Route): string | null {
  const body = route.request().postDataJSON() as { operationName?: string; query?: string } | null;
  return body?.operationName ?? /(?:query|mutation)\s+(\w+)/.exec(body?.query ?? '')?.[1] ?? null;
}

/**
 * Holds every request of one operation until `release()`: the screen stays in its loading state
 * for as long as a test needs to look at it. Other requests pass.
 */
export async function holdOperation(page: Page, name: string) {
  let open!: () => void;
  const released = new Promise<void>((resolve) => {
    open = resolve;
  });
  const handler = async (route: Route) => {
    if (operationOf(route) === name) await released;
    await route.fallback();
  };
  await page.route('**/graphql', handler);
  return {
    async release() {
      open();
      await page.unroute('**/graphql', handler);
    },
  };
}

/** Fails every request of one operation as an unreachable server would, until `restore()`. */
export async function failOperation(page: Page, name: string) {
  const handler = (route: Route) => (operationOf(route) === name ? route.abort('connectionrefused') : route.fallback());
  await page.route('**/graphql', handler);
  return { restore: () => page.unroute('**/graphql', handler) };
}
