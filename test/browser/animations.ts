import type { Page } from 'playwright-core';

/**
 * Waits until the page's finite animations and transitions have ended (a dialog fading in, a tag
 * zooming in): a screenshot or an accessibility check then sees what the reader sees. Endless ones
 * (a skeleton's shimmer, a pulsing dot) are left running.
 */
export async function animationsDone(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const running = () =>
      document
        .getAnimations()
        .filter((a) => a.playState !== 'finished' && a.effect?.getComputedTiming().endTime !== Number.POSITIVE_INFINITY);
    // Until two frames pass with none running: a transition that ends may render what starts the
    // next (tags zooming in once their list arrived, Vue starting an enter transition a frame later).
    for (let round = 0; round < 20; round++) {
      const now = running();
      if (now.length === 0) {
        await frame();
        if (running().length === 0) return;
        continue;
      }
      await Promise.all(now.map((a) => a.finished.catch(() => undefined)));
    }
  });
}
