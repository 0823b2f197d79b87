import { createPlatform } from '@lacewire/core';
import pino from 'pino';
import { loadConfig } from './config.ts';
import { firstPartyPlugins } from './plugins.ts';
import { staticApps } from './static-apps.ts';

const config = loadConfig();
const log = pino({ level: config.logLevel });

const platform = await createPlatform({
  plugins: firstPartyPlugins(config, log),
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
});
const { port } = await platform.listen(config.port, config.host);
const base = config.publicUrl ?? `http://localhost:${port}`;

const lines = [
  '',
  `Lacewire is running (${config.databaseUrl ? 'PostgreSQL' : `embedded database in ${config.dataDir}`}).`,
  `  Staff console:   ${base}/staff/`,
  `  Customer portal: ${base}/`,
  `  GraphQL API:     ${base}/graphql${config.production ? '' : '  (GraphiQL in the browser)'}`,
  ...(platform.announcements.length ? ['', 'Demo logins:', ...platform.announcements.map((l) => `  ${l}`)] : []),
  '',
];
console.log(lines.join('\n'));

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    await platform.close();
    process.exit(0);
  });
}
