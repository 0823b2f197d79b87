import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';

describe('configuration from the environment', () => {
  it('has working defaults and names every wrong value', () => {
    expect(loadConfig({})).toMatchObject({ port: 4000, databaseUrl: null, production: false, seed: true });
    expect(() => loadConfig({ PORT: 'eighty', REDIS_URL: 'not a url' })).toThrow(/PORT[\s\S]*REDIS_URL/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/LACEWIRE_FILES_SECRET/);
  });

  it('keeps events 90 days by default, as configured, or for ever with 0', () => {
    expect(loadConfig({}).eventRetentionDays).toBe(90);
    expect(loadConfig({ LACEWIRE_EVENT_RETENTION_DAYS: '7' }).eventRetentionDays).toBe(7);
    expect(loadConfig({ LACEWIRE_EVENT_RETENTION_DAYS: '0' }).eventRetentionDays).toBeNull();
    expect(() => loadConfig({ LACEWIRE_EVENT_RETENTION_DAYS: 'a week' })).toThrow(/LACEWIRE_EVENT_RETENTION_DAYS/);
  });

  it('loads persisted operations and refuses a file that is not documents by hash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lw-config-'));
    const good = join(dir, 'ops.json');
    writeFileSync(good, JSON.stringify({ abc: '{ stores { name } }' }));
    expect(loadConfig({ LACEWIRE_PERSISTED_OPERATIONS: good, LACEWIRE_PERSISTED_ONLY: 'true' }).persistedOperations).toEqual({
      documents: { abc: '{ stores { name } }' },
      only: true,
    });
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ abc: 42 }));
    expect(() => loadConfig({ LACEWIRE_PERSISTED_OPERATIONS: bad })).toThrow(/documents by hash/);
  });
});
