import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { DEFAULT_DEADLINES } from '../deadlines.ts';
import { keepRequestsTogether } from './protocol-affinity.ts';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * PostgreSQL in-process (PGlite) behind a local socket, so MikroORM, the job queue and any tool
 * use the ordinary `pg` driver. `dataDir: null` keeps everything in memory (tests). `waitMs`: see
 * keepRequestsTogether.
 */
export async function startEmbeddedDatabase(
  dataDir: string | null,
  waitMs = DEFAULT_DEADLINES.embeddedWaitMs,
): Promise<EmbeddedDatabase> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // btree_gist: exclusion constraints mixing equality and ranges (appointments: no double booking).
  // pg_trgm: customer search by part of a name or the last digits of a phone.
  const db = await PGlite.create({ dataDir: dataDir ?? undefined, extensions: { btree_gist, pg_trgm } });
  // One PGlite session serves all sockets; allow as many sockets as the pools open.
  const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections: 64 });
  const stopWatch = keepRequestsTogether(server, waitMs);
  await server.start();
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres?sslmode=disable`,
    async stop() {
      stopWatch();
      await server.stop();
      await db.close();
    },
  };
}
