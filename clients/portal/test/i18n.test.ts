import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The catalogues as written (the build turns imported ones into compiled messages), app over shared.
const json = (path: string) => JSON.parse(readFileSync(join(import.meta.dirname, path), 'utf8'));
const shared = '../../../packages/client/src/i18n';
const zh = { ...json(`${shared}/zh-CN.json`), ...json('../src/i18n/zh-CN.json') };
const en = { ...json(`${shared}/en.json`), ...json('../src/i18n/en.json') };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gql' ? [] : files(path);
    return /\.(vue|ts)$/.test(name) ? [path] : [];
  });
}

function lookup(messages: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
      messages,
    );
}

describe('translations', () => {
  it('has every literal key the screens use, in Chinese and English', () => {
    const src = join(import.meta.dirname, '..', 'src');
    const used = new Set<string>();
    for (const file of files(src)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z]+(?:\.[a-zA-Z]+)+)'/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((key) => typeof lookup(zh, key) !== 'string' || typeof lookup(en, key) !== 'string');
    expect(missing).toEqual([]);
  });
});
