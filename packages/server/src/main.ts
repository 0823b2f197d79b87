import { loadConfig } from './config.ts';
import { startServer } from './start.ts';

const config = loadConfig();
const { platform, port } = await startServer(config);
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
