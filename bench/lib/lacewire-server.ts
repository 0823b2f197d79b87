/**
 * The Lacewire server as `pnpm start` builds it (every first-party plugin of packages/server),
 * in its own process, on the benchmark's PostgreSQL database, answering the runner over IPC:
 * memory, open subscription count, and status changes whose commit time it reports.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPlatform } from '@lacewire/core';
import { loadConfig } from '@lacewire/server/src/config.ts';
import { firstPartyPlugins, firstPartySettings } from '@lacewire/server/src/plugins.ts';
import pino from 'pino';
import { memory, serve } from './child.ts';
import { now } from './stats.ts';

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  LACEWIRE_FILES_DIR: mkdtempSync(join(tmpdir(), 'lw-bench-files-')),
  LACEWIRE_FILES_SECRET: 'benchmark-files-secret-benchmark-files-secret',
};
// One instance: in-process fan-out unless the runner asks for Redis.
if (!env.REDIS_URL) delete env.REDIS_URL;
const config = loadConfig(env);
const sendCode = async (phone: string, code: string) => {
  process.send?.({ type: 'code', phone, code });
};
// The development code sender logs the code: catch it there too; print warnings and errors only.
const log = pino({
  level: 'info',
  hooks: {
    logMethod(args, method, level) {
      const [first, message] = args as unknown[];
      if (message === 'sign-in code' && first && typeof first === 'object') {
        const { phone, code } = first as { phone: string; code: string };
        void sendCode(phone, code);
      }
      if (level >= 40) method.apply(this, args);
    },
  },
});

const platform = await createPlatform({
  plugins: firstPartyPlugins,
  settings: { ...firstPartySettings(config), identity: { sendCode } },
  databaseUrl: config.databaseUrl,
  redisUrl: config.redisUrl,
  production: true,
  logger: log,
  seed: true,
  jobs: true,
  compileAfter: config.compileAfter,
});
const { port, url } = await platform.listen(0, '127.0.0.1');

// Care's own state machine, as a moveOrder mutation would run it (imported lazily: care may be absent).
const care = await import('@lacewire/plugin-care').catch(() => null);

serve({
  memory: () => memory(),
  listeners: () => platform.runtime.dispatcher.listenerCount,
  /** One status change; answers when it is committed, with the time of the commit. */
  move: async ({ orderId, to }: { orderId: string; to: string }) => {
    if (!care) throw new Error('the care plugin is not installed');
    await platform.runtime.tx((tx) => care.advanceOrder(platform.runtime, tx, orderId, to, null, null));
    return { committedAt: now() };
  },
  settle: () => platform.settle(),
});

process.on('SIGTERM', async () => {
  await platform.close();
  process.exit(0);
});
process.send?.({ type: 'listening', port, url });
