import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSRF_HEADER } from '@lacewire/core';
import { loadConfig } from '@lacewire/server/src/config.ts';
import { developmentSecret, SECRETS_FILE } from '@lacewire/server/src/dev-secrets.ts';
import { createTestPlatform, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform({ production: true, corsOrigins: ['https://partner.example'] });
});
afterAll(() => t?.close());

const post = (body: object, headers: Record<string, string> = {}) =>
  fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1', ...headers },
    body: JSON.stringify(body),
  });

describe('production', () => {
  it('suggests no field, argument or enum value names in errors', async () => {
    const wrongField = (await (await post({ query: '{ viewr { sessionId } }' })).json()) as any;
    expect(wrongField.errors[0].message).toMatch(/Cannot query field "viewr"/);
    const wrongEnum = (await (
      await post({
        query: `mutation { addStaffMember(input: { storeId: "x", role: clerc, displayName: "A" }) { __typename } }`,
      })
    ).json()) as any;
    expect(wrongEnum.errors.length).toBeGreaterThan(0);
    for (const error of [...wrongField.errors, ...wrongEnum.errors]) expect(error.message).not.toMatch(/Did you mean/);
  });

  it('answers CORS for listed origins only; any other origin gets no CORS headers', async () => {
    const preflight = (origin: string) =>
      fetch(t.url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
      });
    const evil = await preflight('https://evil.example');
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    expect(evil.headers.get('access-control-allow-credentials')).toBeNull();
    const evilPost = await post({ query: '{ __typename }' }, { origin: 'https://evil.example' });
    expect(evilPost.headers.get('access-control-allow-origin')).toBeNull();
    const partner = await preflight('https://partner.example');
    expect(partner.headers.get('access-control-allow-origin')).toBe('https://partner.example');
    expect(partner.headers.get('access-control-allow-credentials')).toBe('true');
  });
});

describe('development secrets', () => {
  it('are no constant in the code: generated per data directory on first start, kept there, owner-readable only', () => {
    expect(loadConfig({}).files.secret).toBeNull();
    const a = mkdtempSync(join(tmpdir(), 'lw-secrets-'));
    const b = mkdtempSync(join(tmpdir(), 'lw-secrets-'));
    try {
      const first = developmentSecret(a, 'files');
      expect(first).toMatch(/^[0-9a-f]{64}$/);
      expect(developmentSecret(a, 'files')).toBe(first);
      expect(developmentSecret(b, 'files')).not.toBe(first);
      expect(statSync(join(a, SECRETS_FILE)).mode & 0o777).toBe(0o600);
    } finally {
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  });

  it('production refuses to start without the real secret, and an origin list must hold origins', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/LACEWIRE_FILES_SECRET/);
    expect(loadConfig({ LACEWIRE_CORS_ORIGINS: 'https://a.example, https://b.example:8443' }).corsOrigins).toEqual([
      'https://a.example',
      'https://b.example:8443',
    ]);
    expect(() => loadConfig({ LACEWIRE_CORS_ORIGINS: 'https://a.example/app' })).toThrow(/LACEWIRE_CORS_ORIGINS/);
  });
});
