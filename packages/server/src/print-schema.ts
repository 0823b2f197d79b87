import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printPlatformSchema } from '@lacewire/core';
import { firstPartyPlugins } from './plugins.ts';

/** The printed schema of the full distribution; `pnpm schema` writes it to schema.graphql. */
export function currentSchema(): string {
  return printPlatformSchema(firstPartyPlugins);
}

export const SCHEMA_FILE = fileURLToPath(new URL('../../../schema.graphql', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, currentSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
}
