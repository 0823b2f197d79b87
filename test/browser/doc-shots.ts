import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DOC_SHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

/** Copies a test's screenshot into docs/screenshots/ as <app>-<name>.png — only when UPDATE_DOC_SCREENSHOTS=1: docs change on purpose, not on every run. */
export function toDocs(path: string, app: 'staff' | 'portal', name: string): void {
  if (process.env.UPDATE_DOC_SCREENSHOTS !== '1') return;
  mkdirSync(DOC_SHOTS, { recursive: true });
  copyFileSync(path, join(DOC_SHOTS, `${app}-${name}.png`));
}
