// The peer: PostGraphile 5 (Amber preset) over the benchmark database's tables, on grafserv's
// Node adaptor. Runs from this folder so it resolves its own graphql 16.
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ['public'] })],
  grafserv: { graphqlPath: '/graphql', graphiql: false },
  grafast: { explain: false },
};
const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (error) => console.error(error));
await serv.addTo(server);
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();
process.on('SIGTERM', async () => {
  server.closeAllConnections();
  server.close();
  await pgl.release();
  process.exit(0);
});
process.on('disconnect', () => process.exit(0));
process.send?.({ type: 'listening', port, url: `http://127.0.0.1:${port}/graphql` });
