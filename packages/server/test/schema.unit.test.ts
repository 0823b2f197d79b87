import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { currentSchema, SCHEMA_FILE } from '../src/print-schema.ts';

it('schema.graphql is the printed current schema (run `pnpm schema` after changing a schema slice)', () => {
  expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(currentSchema());
});
