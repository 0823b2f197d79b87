import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SECRETS_FILE = 'lacewire-secrets.json';

/**
 * A development secret (e.g. the one signing download links when LACEWIRE_FILES_SECRET is
 * unset): made at random on the first start with a data directory and kept in it (readable by
 * its owner only), so links survive restarts and no two installations share one. Production
 * refuses to start without the real setting (config.ts).
 */
export function developmentSecret(dataDir: string, name: string): string {
  const file = join(dataDir, SECRETS_FILE);
  let secrets: Record<string, string> = {};
  try {
    secrets = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`Cannot read ${file}: ${(error as Error).message}`);
  }
  if (typeof secrets[name] !== 'string' || secrets[name].length < 32) {
    secrets[name] = randomBytes(32).toString('hex');
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  }
  return secrets[name];
}
