import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageCatalogue } from '@lacewire/core';
import { describe, expect, it } from 'vitest';
import { firstPartyPlugins } from '../../packages/server/src/plugins.ts';
import { DEFAULT_PIPELINE, SPECIAL_LABELS } from '../../plugins/care/src/pipeline.ts';

// Every code the server can answer with, every feature and every status key has a text in both
// languages in both apps (their own catalogue over the shared one in packages/client), so no
// screen falls back to the server's English. Enumerated from the server, not from the apps.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LOCALES = ['zh-CN', 'en'] as const;
const json = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

function catalogue(app: string, locale: string): Record<string, any> {
  return { ...json(`packages/client/src/i18n/${locale}.json`), ...json(`clients/${app}/src/i18n/${locale}.json`) };
}

function sources(dir: string, pattern = /\.ts$/): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'test' || name === 'gql') return [];
    if (statSync(path).isDirectory()) return sources(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

/** Keys an app's screens (and the shared components it bundles) name literally: `t('a.b')`. */
function literalKeys(app: string): Set<string> {
  const keys = new Set<string>();
  for (const dir of [`clients/${app}/src`, 'packages/client/src'])
    for (const file of sources(join(ROOT, dir), /\.(vue|ts)$/))
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z]+(?:\.[a-zA-Z]+)+)'/g)) keys.add(match[1]);
  return keys;
}

/** Typed errors of the schema and codes of top-level errors (`extensions: { code: 'X' }`). */
function serverCodes(): string[] {
  const schema = readFileSync(join(ROOT, 'schema.graphql'), 'utf8');
  const typed = [...schema.matchAll(/^type (\w+) implements (?:[\w\s&]*&\s*)?Error\b/gm)].map((m) => m[1]);
  const topLevel = [
    join(ROOT, 'packages', 'core', 'src'),
    ...readdirSync(join(ROOT, 'plugins')).map((p) => join(ROOT, 'plugins', p, 'src')),
  ]
    .flatMap((dir) => sources(dir))
    .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/extensions: \{ code: '([A-Z_]+)'/g)].map((m) => m[1]));
  return [...new Set([...typed, ...topLevel])];
}

const plugins = firstPartyPlugins;

function features(): string[] {
  return plugins.flatMap((p) => Object.keys(p.features ?? {}));
}

const text = (messages: Record<string, any>, path: string[]) => path.reduce<any>((node, key) => node?.[key], messages);

describe('translations of what the server says', () => {
  const codes = serverCodes();
  const featureNames = features();
  const statuses = [...DEFAULT_PIPELINE.map((s) => s.key), ...Object.keys(SPECIAL_LABELS)];

  it('finds the codes, features and statuses to check', () => {
    expect(codes).toEqual(expect.arrayContaining(['FeatureDisabled', 'SlotTaken', 'AgoraNotConfigured', 'UNAUTHENTICATED']));
    expect(featureNames).toEqual(expect.arrayContaining(['onlineBooking', 'calls']));
    expect(statuses).toContain('readyForPickup');
  });

  it("the server's own texts: every key has both languages, with the same parameters", () => {
    const catalogue = new MessageCatalogue(plugins);
    expect(catalogue.messages.size).toBeGreaterThan(20);
    const problems: string[] = [];
    const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, message] of catalogue.messages) {
      for (const locale of LOCALES) {
        if (!message[locale]?.trim()) problems.push(`${locale}: ${key}`);
        // The customer's wording says the same thing: both languages, the same parameters.
        if (message.customer && !message.customer[locale]?.trim()) problems.push(`customer ${locale}: ${key}`);
        if (message.customer && params(message.customer[locale]).join() !== params(message['zh-CN']).join())
          problems.push(`customer parameters differ: ${key} (${locale})`);
      }
      if (params(message['zh-CN']).join() !== params(message.en).join()) problems.push(`parameters differ: ${key}`);
    }
    expect(problems).toEqual([]);
  });

  it('words a text for its reader: the customer is addressed, staff read the shop side (a reason inside too)', () => {
    const catalogue = new MessageCatalogue(plugins);
    const ref = { key: 'care.statusWithReason', params: { stage: '质检', reason: { key: 'care.acceptedRemotely' } } };
    expect(catalogue.text(ref, 'zh-CN', 'customer')).toBe('质检（您已远程验收）');
    expect(catalogue.text(ref, 'en', 'customer')).toBe('质检 (you accepted remotely)');
    expect(catalogue.text(ref, 'zh-CN', 'staff')).toBe('质检（客户已远程验收）');
    // A text without a customer variant reads the same for both.
    expect(catalogue.text({ key: 'care.opened', params: { tag: '0042' } }, 'zh-CN', 'customer')).toBe('已收件，吊牌号 0042');
  });

  it('words a reference inside a text in the same language (a status with its reason)', () => {
    const catalogue = new MessageCatalogue(plugins);
    const ref = { key: 'care.statusWithReason', params: { stage: '质检', reason: { key: 'care.acceptedRemotely' } } };
    expect(catalogue.text(ref, 'en')).toBe('质检 (the customer accepted remotely)');
    expect(catalogue.text(ref, 'zh-CN')).toBe('质检（客户已远程验收）');
    expect(catalogue.text(ref, 'fr')).toBe('质检（客户已远程验收）');
  });

  for (const app of ['portal', 'staff']) {
    it(`${app}: every error code, feature and status has a zh-CN and an en text`, () => {
      const missing: string[] = [];
      for (const locale of LOCALES) {
        const messages = catalogue(app, locale);
        const need = (path: string[]) => {
          const value = text(messages, path);
          if (typeof value !== 'string' || !value.trim()) missing.push(`${locale}: ${path.join('.')}`);
        };
        for (const code of [...codes, 'network', 'unknown']) need(['errors', code]);
        for (const feature of featureNames) {
          need(['features', feature, 'name']);
          need(['features', feature, 'description']);
        }
        for (const status of statuses) need(['statuses', status]);
      }
      expect(missing).toEqual([]);
    });

    it(`${app}: every key its screens name has a zh-CN and an en text`, () => {
      const used = literalKeys(app);
      expect(used.size).toBeGreaterThan(100);
      const missing = LOCALES.flatMap((locale) =>
        [...used]
          .filter((key) => typeof text(catalogue(app, locale), key.split('.')) !== 'string')
          .map((key) => `${locale}: ${key}`),
      );
      expect(missing).toEqual([]);
    });
  }
});
