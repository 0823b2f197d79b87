import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { SCHEMA_FILE, shapeOf } from '../scripts/cache-shape.ts';
import { KEYLESS_TYPES, POSSIBLE_TYPES } from '../src/cache/shape.ts';

test('the cache knows the schema as it is (run `pnpm schema` after changing it)', () => {
  const { keyless, possibleTypes } = shapeOf(readFileSync(SCHEMA_FILE, 'utf8'));
  expect(KEYLESS_TYPES).toEqual(keyless);
  expect(POSSIBLE_TYPES).toEqual(possibleTypes);
  expect(KEYLESS_TYPES).toContain('OrderPerson');
  expect(KEYLESS_TYPES).not.toContain('WorkOrder');
  expect(POSSIBLE_TYPES.Error).toContain('NotAllowed');
});
