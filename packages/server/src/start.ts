import { createPlatform, type Platform, type PluginDefinition } from '@lacewire/core';
import pino, { type Logger } from 'pino';
import type { ServerConfig } from './config.ts';
import { developmentSecret } from './dev-secrets.ts';
import { firstPartyPlugins, firstPartySettings } from './plugins.ts';
import { staticApps } from './static-apps.ts';

/** The distribution: every first-party plugin (plus `extra`, for tests) on the configured database. */
export async function startServer(loaded: ServerConfig, extra: PluginDefinition[] = []) {
  // Without a configured secret, development signs with one generated for its data directory.
  const config = {
    ...loaded,
    files: { ...loaded.files, secret: loaded.files.secret ?? developmentSecret(loaded.dataDir, 'files') },
  };
  const log = pino({ level: config.logLevel });
  const platform = await createPlatform({
    plugins: [...firstPartyPlugins, ...extra],
    settings: firstPartySettings(config),
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    redisUrl: config.redisUrl,
    production: config.production,
    logger: log,
    seed: config.seed,
    jobs: config.jobs,
    routes: () => staticApps(),
    persistedOperations: config.persistedOperations,
    compileAfter: config.compileAfter,
    deadlines: config.deadlines,
    eventRetentionDays: config.eventRetentionDays,
    trustedProxyHops: config.trustedProxyHops,
    corsOrigins: config.corsOrigins,
  });
  const { port } = await platform.listen(config.port, config.host);
  stopOnSignals(platform, config.shutdownMs, log);
  return { platform, port, log };
}

/** Grace for the job runner, the dispatcher and the database after requests have drained. */
const STOP_MS = 3_000;

/**
 * First SIGTERM/SIGINT: a graceful stop (Platform.shutdown) with `graceMs` for requests under
 * way, then STOP_MS for the workers and the database; whatever hangs, a timer then exits.
 * A second signal exits at once.
 */
export function stopOnSignals(platform: Platform, graceMs: number, log: Logger): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) {
        log.warn({ signal }, 'second signal: exiting now');
        process.exit(1);
      }
      stopping = true;
      log.info({ signal, graceMs }, 'shutting down');
      setTimeout(() => {
        log.error('shutdown did not finish in time: exiting');
        process.exit(1);
      }, graceMs + STOP_MS).unref();
      platform.shutdown(graceMs).then(
        () => {
          log.info('stopped');
          process.exit(0);
        },
        (error) => {
          log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}
