/**
 * Start-up: the server distribution (packages/server/src/main.ts — what `pnpm start` runs after
 * building the apps) on the embedded database, from process spawn to the first answered query.
 * Cold: a fresh LACEWIRE_DATA_DIR (database created, migrations, demo seed). Warm: the same
 * directory again.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { headers } from '../lib/graphql.ts';
import { median, now } from '../lib/stats.ts';

const main = join(import.meta.dirname, '..', '..', 'packages', 'server', 'src', 'main.ts');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 0;
}

/** Spawns the server and polls until `{ __typename }` is answered; ms from spawn. */
async function startOnce(dataDir: string, filesDir: string): Promise<number> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LACEWIRE_DATA_DIR: dataDir,
    LACEWIRE_FILES_DIR: filesDir,
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  const started = now();
  const child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let died = false;
  exited.then(() => {
    died = true;
  });
  try {
    const url = `http://127.0.0.1:${port}/graphql`;
    for (;;) {
      if (died) throw new Error('the server exited before answering');
      if (now() - started > 120_000) throw new Error('the server did not answer within 120 s');
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: headers(null),
          body: JSON.stringify({ query: '{ __typename }' }),
        });
        const body = (await response.json()) as { data?: { __typename?: string } };
        if (body.data?.__typename === 'Query') return now() - started;
      } catch {
        /* not listening yet */
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
}

export interface StartupResult {
  cold: number[];
  warm: number[];
}

export async function runStartup(
  rounds: number,
  log: (line: string) => void,
): Promise<StartupResult & { coldMedian: number; warmMedian: number }> {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'lw-bench-data-'));
    const filesDir = mkdtempSync(join(tmpdir(), 'lw-bench-files-'));
    try {
      cold.push(await startOnce(dataDir, filesDir));
      warm.push(await startOnce(dataDir, filesDir));
      log(`  start-up round ${i + 1}: cold ${(cold.at(-1) ?? 0).toFixed(0)} ms, warm ${(warm.at(-1) ?? 0).toFixed(0)} ms`);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(filesDir, { recursive: true, force: true });
    }
  }
  return { cold, warm, coldMedian: median(cold), warmMedian: median(warm) };
}
