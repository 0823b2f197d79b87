import { existsSync } from 'node:fs';

/** Debian's Chromium, which the browser tests drive (DESIGN.md §6). */
export const CHROMIUM = '/usr/bin/chromium';

/** Locally, LACEWIRE_SKIP_BROWSER=1 skips the browser tests on purpose; in CI they always run. */
export const SKIP_BROWSER = process.env.LACEWIRE_SKIP_BROWSER === '1' && process.env.CI !== 'true';

/** Chromium's path; a missing Chromium fails the browser tests instead of skipping them. */
export function chromiumPath(): string {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium is not at ${CHROMIUM}: apt-get install -y chromium (locally, LACEWIRE_SKIP_BROWSER=1 skips the browser tests).`,
    );
  return CHROMIUM;
}
