import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { animationsDone } from './animations.ts';

const SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const RESULTS = fileURLToPath(new URL('../../test-artifacts/axe/', import.meta.url));

/** WCAG 2.1 A and AA: contrast, names of controls, labels, structure. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeSummary {
  /** Serious and critical violations, one line each: rule, impact, the elements and why. */
  serious: string[];
  /** Everything axe found, by impact. */
  counts: Record<string, number>;
  passes: number;
}

function describe(v: Result): string {
  const nodes = v.nodes
    .slice(0, 5)
    .map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 200)}` : ''}`);
  return `${v.id} (${v.impact}, ${v.nodes.length}×): ${nodes.join(' | ')}`;
}

/**
 * Runs axe-core (pinned in test/package.json) on what the page shows once its transitions have
 * ended and writes its full answer to test-artifacts/axe/<name>.json. Evaluated through the DevTools protocol, so a content
 * security policy does not keep it out. `within`: only the elements under this selector (a
 * screen's own content, when the shell around it is checked elsewhere).
 */
export async function axeCheck(page: Page, name: string, within?: string): Promise<AxeSummary> {
  // Colours mid-transition (a tag fading in) are not what the reader sees.
  await animationsDone(page);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(SOURCE);
  const results = (await page.evaluate(
    ({ tags, within }) =>
      (window as unknown as { axe: { run: (ctx: unknown, o: object) => Promise<unknown> } }).axe.run(
        within ? { include: [[within]] } : document,
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
      ),
    { tags: TAGS, within },
  )) as AxeResults;
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, `${name}.json`), JSON.stringify(results.violations, null, 2));
  const counts: Record<string, number> = {};
  for (const v of results.violations) counts[v.impact ?? 'unknown'] = (counts[v.impact ?? 'unknown'] ?? 0) + v.nodes.length;
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map(describe);
  console.log(
    `axe ${name}: ${serious.length} serious/critical rules violated; elements by impact ${JSON.stringify(counts)}; ${results.passes.length} rules passed`,
  );
  return { serious, counts, passes: results.passes.length };
}
