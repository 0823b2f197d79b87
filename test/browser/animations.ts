import type { Page } from 'playwright-core';

/**
 * Waits until the page's finite animations and transitions have ended (a dialog fading in, a tag
 * zooming in): a screenshot or an accessibility check then sees what the reader sees. Endless ones
 * (a skeleton's shimmer, a pulsing dot) are left running.
 */
export async function animationsDone(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Number.POSITIVE_INFINITY)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}
