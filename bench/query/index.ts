/**
 * Query throughput: one work order with its customer, steps and photos, and a store's board of
 * 100 orders, under autocannon at fixed concurrency — Lacewire and PostGraphile 5 on the same
 * tables of the same PostgreSQL database, in alternating rounds of the same run (medians).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localId } from '@lacewire/testing';
import autocannon from 'autocannon';
import { Child } from '../lib/child.ts';
import { postgresCpu, postgresCpuSince, processCpuMs } from '../lib/cpu.ts';
import { withClient } from '../lib/database.ts';
import { gql, headers } from '../lib/graphql.ts';
import type { Seeded } from '../lib/seed.ts';
import { median } from '../lib/stats.ts';

const PHOTO = 'id contentType width height';
const PG_PHOTO = 'rowId contentType width height';
export const QUERIES = {
  lacewire: {
    order: `query($id: ID!) { node(id: $id) { ... on WorkOrder { id tagNumber status statusLabel customerId customerName
      shoe { brand model colour } services { code name priceMinor } totalMinor promisedAt conditionNotes
      intakePhotos { ${PHOTO} }
      steps { id stage startedAt finishedAt labourMinutes technician { displayName } beforePhotos { ${PHOTO} } afterPhotos { ${PHOTO} } } } } }`,
    board: `query($storeId: ID!) { workOrders(storeId: $storeId) { id tagNumber status customerName promisedAt createdAt technician { displayName } } }`,
  },
  postgraphile: {
    order: `query($id: UUID!) { careWorkOrderByRowId(rowId: $id) { rowId tagNumber status customerId customer { displayName }
      shoe services promisedAt conditionNotes
      intakePhotos { nodes { ${PG_PHOTO} } }
      careStepsByOrderId(orderBy: STARTED_AT_ASC) { nodes { rowId stage startedAt finishedAt labourMinutes technician { displayName }
        beforePhotos { nodes { ${PG_PHOTO} } } afterPhotos { nodes { ${PG_PHOTO} } } } } } }`,
    board: `query($storeId: UUID!) { allCareWorkOrders(condition: { storeId: $storeId }, orderBy: CREATED_AT_DESC, first: 500) {
      nodes { rowId tagNumber status promisedAt createdAt customer { displayName } technician { displayName } } } }`,
  },
};

export interface QueryRow {
  query: 'order' | 'board';
  server: 'Lacewire' | 'PostGraphile 5';
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  bytes: number;
  /** CPU per request, ms: the GraphQL server's process, and PostgreSQL's. */
  serverCpu: number;
  postgresCpu: number;
  /** Lacewire's rows: its ratio to the peer in each round, by req/s and by req per CPU second. */
  perRound?: number[];
  perRoundCpu?: number[];
}

const here = import.meta.dirname;
const peerDir = join(here, '..', 'postgraphile');

/** PostGraphile lives outside the workspace (graphql 16): install it on first use. */
function ensurePeerInstalled(log: (line: string) => void) {
  if (existsSync(join(peerDir, 'node_modules', 'postgraphile'))) return;
  log('  installing PostGraphile 5 for the peer (bench/postgraphile, once)…');
  // The pnpm that runs this benchmark (`npx pnpm bench` puts none on PATH), else the README's
  // through npx (`node bench/run.ts` on a machine with Node and npm only); pnpm ≥ 12.24 installs
  // as a native binary, earlier ones as a script for node.
  const execpath = process.env.npm_execpath;
  const pnpm = !execpath?.includes('pnpm')
    ? ['npx', '-y', 'pnpm@12.21.0']
    : /\.[cm]?js$/.test(execpath)
      ? [process.execPath, execpath]
      : [execpath];
  execFileSync(pnpm[0], [...pnpm.slice(1), 'install', '--ignore-workspace', '--frozen-lockfile'], {
    cwd: peerDir,
    stdio: 'inherit',
  });
}

export async function startPeer(databaseUrl: string, log: (line: string) => void) {
  ensurePeerInstalled(log);
  await withClient(databaseUrl, (client) => client.query(readFileSync(join(peerDir, 'schema.sql'), 'utf8')));
  const peer = new Child('postgraphile', join(peerDir, 'server.mjs'), { env: { DATABASE_URL: databaseUrl }, cwd: peerDir });
  const { url } = await peer.waitFor('listening', 120_000);
  return { peer, url: url as string };
}

async function load(
  url: string,
  pid: number,
  token: string | null,
  query: string,
  variables: object,
  connections: number,
  duration: number,
) {
  const body = JSON.stringify({ query, variables });
  // Check the answer once: a benchmark of errors is no benchmark.
  const response = await fetch(url, { method: 'POST', headers: headers(token), body });
  const text = await response.text();
  const parsed = JSON.parse(text);
  if (parsed.errors?.length || !parsed.data) throw new Error(`query failed on ${url}: ${text.slice(0, 500)}`);
  // A short warm-up (JIT, pools), then the measured run.
  await autocannon({ url, method: 'POST', headers: headers(token), body, connections, duration: Math.min(2, duration) });
  const [serverBefore, postgresBefore] = [processCpuMs(pid), postgresCpu()];
  const result = await autocannon({ url, method: 'POST', headers: headers(token), body, connections, duration });
  const requests = Math.max(1, result.requests.total);
  return {
    serverCpu: (processCpuMs(pid) - serverBefore) / requests,
    postgresCpu: postgresCpuSince(postgresBefore) / requests,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
    bytes: Buffer.byteLength(text),
  };
}

export async function runQueries(
  lacewire: { url: string; pid: number },
  peer: { url: string; pid: number },
  seeded: Seeded,
  options: { connections: number; duration: number; rounds: number },
  log: (line: string) => void,
): Promise<QueryRow[]> {
  const rows: QueryRow[] = [];
  const orderId = localId(seeded.detailOrderId);
  const check = await gql(lacewire.url, seeded.clerkToken, QUERIES.lacewire.board, { storeId: seeded.storeGlobalId });
  log(`  board: ${check.workOrders.length} orders`);
  const plans = [
    {
      query: 'order' as const,
      server: 'Lacewire' as const,
      ...lacewire,
      token: seeded.clerkToken,
      doc: QUERIES.lacewire.order,
      vars: { id: seeded.detailOrderId },
    },
    {
      query: 'order' as const,
      server: 'PostGraphile 5' as const,
      ...peer,
      token: null,
      doc: QUERIES.postgraphile.order,
      vars: { id: orderId },
    },
    {
      query: 'board' as const,
      server: 'Lacewire' as const,
      ...lacewire,
      token: seeded.clerkToken,
      doc: QUERIES.lacewire.board,
      vars: { storeId: seeded.storeGlobalId },
    },
    {
      query: 'board' as const,
      server: 'PostGraphile 5' as const,
      ...peer,
      token: null,
      doc: QUERIES.postgraphile.board,
      vars: { storeId: seeded.storeId },
    },
  ];
  // Rounds of the two servers back to back, the order swapped every round, so that a machine
  // speeding up or slowing down during the run (these do, from minute to minute) falls on both.
  for (const query of ['order', 'board'] as const) {
    const [ours, theirs] = plans.filter((p) => p.query === query);
    const runs: { Lacewire: Measured[]; 'PostGraphile 5': Measured[] } = { Lacewire: [], 'PostGraphile 5': [] };
    for (let round = 0; round < options.rounds; round++) {
      for (const plan of round % 2 === 0 ? [ours, theirs] : [theirs, ours]) {
        const r = await load(plan.url, plan.pid, plan.token, plan.doc, plan.vars, options.connections, options.duration);
        runs[plan.server].push(r);
        log(
          `  ${query} on ${plan.server} (round ${round + 1}): ${r.rps.toFixed(0)} req/s, p99 ${r.p99} ms, ${r.errors} errors; ` +
            `CPU per request ${r.serverCpu.toFixed(2)} ms server + ${r.postgresCpu.toFixed(2)} ms PostgreSQL`,
        );
      }
    }
    const perRound = runs.Lacewire.map((a, i) => a.rps / runs['PostGraphile 5'][i].rps);
    const perRoundCpu = runs.Lacewire.map((a, i) => {
      const b = runs['PostGraphile 5'][i];
      return (b.serverCpu + b.postgresCpu) / (a.serverCpu + a.postgresCpu);
    });
    for (const server of ['Lacewire', 'PostGraphile 5'] as const) {
      rows.push({ query, server, ...medianOf(runs[server]), ...(server === 'Lacewire' ? { perRound, perRoundCpu } : {}) });
    }
  }
  return rows;
}

type Measured = Awaited<ReturnType<typeof load>>;

/** Each figure's median over the rounds. */
function medianOf(runs: Measured[]): Measured {
  const m = (pick: (r: Measured) => number) => median(runs.map(pick));
  return {
    rps: m((r) => r.rps),
    p50: m((r) => r.p50),
    p99: m((r) => r.p99),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    bytes: runs[0].bytes,
    serverCpu: m((r) => r.serverCpu),
    postgresCpu: m((r) => r.postgresCpu),
  };
}
