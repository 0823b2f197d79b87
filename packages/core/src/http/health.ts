import type { ServerResponse } from 'node:http';
import type { EntityManager } from '@mikro-orm/postgresql';
import { pendingMigrations } from '../database/migrations.ts';
import { lastEventId } from '../events/log.ts';
import type { PluginDefinition } from '../plugin.ts';
import type { Runtime } from '../runtime.ts';

/** Events the dispatcher may be behind the log and still count as caught up (a burst in flight). */
export const READY_MAX_LAG = 1000;
/** A readiness probe answers within this, whatever the database does. */
const PROBE_MS = 2_000;

interface Readiness {
  ready: boolean;
  checks: { database: string; migrations: string; dispatcher: string; shuttingDown: boolean };
}

/**
 * `GET /readyz`: ready to take traffic when the database answers, every migration is recorded
 * and the dispatcher is caught up with the event log; never while shutting down.
 */
export async function readiness(
  runtime: Runtime,
  plugins: PluginDefinition[],
  em: () => EntityManager,
  shuttingDown: boolean,
): Promise<Readiness> {
  const checks = { database: 'unknown', migrations: 'unknown', dispatcher: 'unknown', shuttingDown };
  let timer: NodeJS.Timeout | undefined;
  try {
    const probe = (async () => {
      const db = em();
      const pending = await pendingMigrations(db, plugins);
      const last = BigInt(await lastEventId(db));
      checks.database = 'ok';
      checks.migrations = pending === 0 ? 'ok' : `${pending} pending`;
      const lag = last - BigInt(runtime.dispatcher.position);
      checks.dispatcher = lag <= BigInt(READY_MAX_LAG) ? 'ok' : `${lag} events behind`;
    })();
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer in ${PROBE_MS} ms`)), PROBE_MS);
    });
    await Promise.race([probe, late]);
  } catch (error) {
    if (checks.database !== 'ok') checks.database = `unreachable: ${(error as Error).message}`;
  } finally {
    clearTimeout(timer);
  }
  const ready = !shuttingDown && checks.database === 'ok' && checks.migrations === 'ok' && checks.dispatcher === 'ok';
  return { ready, checks };
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}
