/**
 * SIGTERM on the real server process, with work in flight: every request is answered (finished,
 * or 503 when it outlives the grace period), none is reset; WebSockets close with 1001; the
 * process exits within the deadline — also when the database is stuck behind a transaction.
 * Runs on the database LACEWIRE_TEST_DB names.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, TestClient, type TestDatabase, testDatabaseKind } from '@lacewire/testing';
import { afterEach, expect, it } from 'vitest';

const GRACE_MS = 5_000;
/** Platform.shutdown's grace plus the workers' share (start.ts), plus process exit. */
const EXIT_BY_MS = GRACE_MS + 3_000 + 1_000;

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

async function startServer(env: Record<string, string> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'lw-shutdown-'));
  let database: TestDatabase | null = null;
  if (testDatabaseKind() === 'postgres') database = await createTestDatabase();
  const child = spawn(process.execPath, [join(import.meta.dirname, 'fixtures/server-with-probe.ts')], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      LACEWIRE_SEED: 'false',
      LACEWIRE_DATA_DIR: join(dir, 'data'),
      LACEWIRE_FILES_DIR: join(dir, 'files'),
      SHUTDOWN_TIMEOUT_MS: String(GRACE_MS),
      ...(database ? { DATABASE_URL: database.url } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanup.push(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await database?.drop();
    await rm(dir, { recursive: true, force: true });
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      const found = /READY (\d+)/.exec(out);
      if (found) resolve(Number(found[1]));
    });
    child.stderr?.on('data', (chunk) => {
      out += chunk;
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${out}`)));
  });
  return { child, url: `http://127.0.0.1:${port}/graphql` };
}

const post = (url: string, query: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }).then(
    async (res) => ({ status: res.status, body: await res.json() }),
    (error: Error) => ({ status: 0, body: String(error.cause ?? error) }),
  );

/** Fails naming the step instead of timing the whole test out. */
function within<T>(what: string, ms: number, work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: nothing after ${ms} ms`)), ms)),
  ]);
}

function exited(child: ChildProcess): Promise<{ code: number | null; afterMs: number }> {
  const started = Date.now();
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, afterMs: Date.now() - started })));
}

/** A WebSocket (graphql-ws) that is connected and acknowledged. */
async function openSocket(url: string) {
  const subscription = new TestClient(url, null).subscribe('subscription { events { type } }');
  await subscription.ready(30_000);
  return subscription;
}

it('with requests in flight: each is answered, sockets close with 1001, the process exits within the deadline', async () => {
  const { child, url } = await startServer();
  const socket = await openSocket(url);
  const quick = Array.from({ length: 20 }, () => post(url, '{ probeSleep(ms: 1500) }'));
  const tooLong = Array.from({ length: 3 }, () => post(url, '{ probeSleep(ms: 20000) }'));
  await new Promise((resolve) => setTimeout(resolve, 700)); // under way (on a busy machine, not all)
  const exit = exited(child);
  child.kill('SIGTERM');
  // Those under way finish; any that reached the server after the signal are refused cleanly.
  const answers = await within('quick requests', 20_000, Promise.all(quick));
  for (const answer of answers) {
    if (answer.status === 200) expect(answer.body).toEqual({ data: { probeSleep: 1500 } });
    else expect(answer).toMatchObject({ status: 503, body: { errors: [{ extensions: { code: 'ShuttingDown' } }] } });
  }
  expect(answers.filter((a) => a.status === 200).length).toBeGreaterThan(0);
  for (const answer of await within('long requests', 20_000, Promise.all(tooLong))) {
    expect(answer.status).toBe(503);
    expect(answer.body.errors[0].extensions.code).toBe('ShuttingDown');
  }
  expect(await socket.closed(20_000)).toBe(1001);
  const { code, afterMs } = await within('exit', 20_000, exit);
  expect(code).toBe(0);
  expect(afterMs).toBeLessThan(GRACE_MS + 2_000);
  // It no longer takes connections.
  expect((await post(url, '{ __typename }')).status).toBe(0);
}, 120_000);

it('with the database stuck behind a transaction, it still answers everyone and exits by the deadline', async () => {
  // Nothing gives up on its own meanwhile: only the shutdown ends it.
  const { child, url } = await startServer({ DB_LOCK_TIMEOUT_MS: '120000', DB_EMBEDDED_WAIT_MS: '120000' });
  const holder = post(url, 'mutation { probeHoldDatabase(ms: 60000) }');
  await new Promise((resolve) => setTimeout(resolve, 300));
  const stuck = Array.from({ length: 3 }, () => post(url, '{ probeRows }'));
  await new Promise((resolve) => setTimeout(resolve, 300));
  const exit = exited(child);
  child.kill('SIGTERM');
  for (const answer of await Promise.all([holder, ...stuck])) expect(answer.status).toBe(503);
  const { afterMs } = await exit;
  expect(afterMs).toBeLessThan(EXIT_BY_MS);
}, 120_000);

it('a second signal exits at once', async () => {
  const { child, url } = await startServer();
  const holder = post(url, 'mutation { probeHoldDatabase(ms: 60000) }');
  await new Promise((resolve) => setTimeout(resolve, 300));
  const exit = exited(child);
  child.kill('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 200));
  child.kill('SIGTERM');
  const { code, afterMs } = await exit;
  expect(code).toBe(1);
  expect(afterMs).toBeLessThan(2_000);
  expect((await holder).status).toBe(0); // cut off: that is what a second signal asks for
}, 120_000);
