import { createTestPlatform, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('DateTime', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await createTestPlatform();
  });
  afterAll(() => t.close());

  it('is serialised to the ISO string in UTC, from a Date, a date-time string or a timestamp; anything else is refused', () => {
    const scalar = t.platform.schema.getType('DateTime') as unknown as { serialize(value: unknown): unknown };
    expect(scalar.serialize(new Date(Date.UTC(2026, 11, 5, 3, 4, 5, 6)))).toBe('2026-12-05T03:04:05.006Z');
    expect(scalar.serialize('2026-12-05T11:04:05+08:00')).toBe('2026-12-05T03:04:05.000Z');
    expect(scalar.serialize(0)).toBe('1970-01-01T00:00:00.000Z');
    expect(() => scalar.serialize('yesterday')).toThrow(/DateTime/);
    expect(() => scalar.serialize(new Date(Number.NaN))).toThrow(/DateTime/);
  });
});
