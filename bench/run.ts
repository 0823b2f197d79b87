/**
 * `pnpm bench` — every benchmark side by side in one run, figures and ratios (never pass/fail):
 *   1. fan-out on graphql-ws vs a bare `ws` floor      2. query throughput vs PostGraphile 5
 *   3. bench/messaging.ts, bench/slots.ts, bench/event-log.ts, bench/booking-burst.ts, bench/shop-day.ts, bench/search.ts (when present)   4. start-up, cold and warm
 *
 * Options: --quick (small sizes, short runs) · --only=fanout,query,folded,startup
 *          --sizes=1000,5000,10000 · --duration=10 (s per autocannon run) · --connections=10
 *          --rounds=3 (alternating query rounds per server; medians)
 *          --out=file.md (also write the summary as Markdown)
 * Needs PostgreSQL at DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { type FanoutRow, runFanout } from './fanout/index.ts';
import { Child } from './lib/child.ts';
import { benchDatabase } from './lib/database.ts';
import { seedCare } from './lib/seed.ts';
import { machineNow } from './lib/speed.ts';
import { fmt, table } from './lib/stats.ts';
import { type QueryRow, runQueries, startPeer } from './query/index.ts';
import { runStartup, type StartupResult } from './startup/index.ts';

const here = import.meta.dirname;
const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'] as const;
  }),
);
const quick = args.has('quick');
const only = new Set((args.get('only') ?? 'fanout,query,folded,startup').split(','));
const sizes = (args.get('sizes') ?? (quick ? '200,1000' : '1000,5000,10000')).split(',').map(Number);
const duration = Number(args.get('duration') ?? (quick ? 3 : 10));
const connections = Number(args.get('connections') ?? 10);
const rounds = Number(args.get('rounds') ?? (quick ? 1 : 3));
const startupRounds = Number(args.get('startup-rounds') ?? (quick ? 1 : 3));
const log = (line: string) => console.log(line);

function fdLimit(): string {
  try {
    const line = readFileSync('/proc/self/limits', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('Max open files'));
    const [soft, hard] = (line ?? '').split(/\s{2,}/).slice(1, 3);
    return `${soft} (hard ${hard})`;
  } catch {
    return 'unknown';
  }
}

async function folded(name: string): Promise<string | null> {
  const script = join(here, `${name}.ts`);
  if (!existsSync(script)) {
    log(`  bench/${name}.ts is not there yet — skipped`);
    return null;
  }
  log(`\n## ${name} (bench/${name}.ts)`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...(quick ? ['--quick'] : [])], {
      stdio: ['ignore', 'pipe', 'inherit'],
      cwd: join(here, '..'),
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      process.stdout.write(chunk);
    });
    child.once('exit', (code) => resolve(code === 0 ? out.trim() : `${out.trim()}\n(bench/${name}.ts exited with ${code})`));
  });
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, open files ${fdLimit()}`;
log(`# Lacewire benchmarks${quick ? ' (quick)' : ''} — ${new Date().toISOString()}`);
const load = () => machineNow(loadavg());
log(`Machine: ${machine}. Load generators, subscribers and servers share these cores; loopback only.`);
log(`At start: ${load()} (other work on the machine, and how fast it runs now, show in every figure).`);
const loads: string[] = [`start ${load()}`];
const maxSize = Math.max(...sizes);
if (only.has('fanout') && Number.parseInt(fdLimit(), 10) < maxSize + 1000) {
  log(
    `Warning: the open-file limit is below ${maxSize + 1000}; raise it (ulimit -n ${maxSize * 2 + 1000}) for ${maxSize} sockets per process.`,
  );
}

let fanout: FanoutRow[] = [];
let queries: QueryRow[] = [];
let startup: (StartupResult & { coldMedian: number; warmMedian: number }) | null = null;
const foldedOut: Record<string, string | null> = {};

if (only.has('fanout') || only.has('query')) {
  const database = await benchDatabase('main');
  const codes = new Map<string, string>();
  const server = new Child('lacewire', join(here, 'lib', 'lacewire-server.ts'), {
    // As `pnpm start` runs it (a young generation that holds a fan-out burst); BENCH_PROFILE=dir
    // writes a V8 CPU profile of the server process there.
    execArgv: [
      '--expose-gc',
      '--max-semi-space-size=64',
      ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []),
    ],
    env: { DATABASE_URL: database.url, REDIS_URL: '' },
  });
  server.on((m) => m?.type === 'code' && codes.set(m.phone, m.code));
  let peer: Child | null = null;
  try {
    const { url } = await server.waitFor('listening');
    log(`\nSeeding through the API (100 orders in 静安店, photos, steps) on ${database.name}…`);
    const seeded = await seedCare(url, codes, 100);
    await server.call('settle');
    if (only.has('query')) {
      log('\n## Query throughput');
      const started = await startPeer(database.url, log);
      peer = started.peer;
      queries = await runQueries(
        { url, pid: server.process.pid as number },
        { url: started.url, pid: started.peer.process.pid as number },
        seeded,
        { connections, duration, rounds },
        log,
      );
      loads.push(`after queries ${load()}`);
      await peer.stop();
      peer = null;
    }
    if (only.has('fanout')) {
      log('\n## Fan-out');
      fanout = await runFanout(server, url, seeded, sizes, log);
      loads.push(`after fan-out ${load()}`);
    }
  } finally {
    await peer?.stop();
    await server.stop();
    await database.drop();
  }
}

if (only.has('folded')) {
  foldedOut.messaging = await folded('messaging');
  foldedOut.slots = await folded('slots');
  foldedOut['event-log'] = await folded('event-log');
  foldedOut['booking-burst'] = await folded('booking-burst');
  foldedOut['shop-day'] = await folded('shop-day');
  foldedOut.search = await folded('search');
}

if (only.has('startup')) {
  log('\n## Start-up (embedded database)');
  startup = await runStartup(startupRounds, log);
  loads.push(`after start-up ${load()}`);
}

// ---------------------------------------------------------------- summary
const sections: string[] = [`Machine: ${machine}. ${loads.join(' · ')}.`];
if (fanout.length) {
  sections.push(
    "### Fan-out: one status change to N consoles — the apps' path (ms from commit to each console's cache updated)",
    table(
      ['N', 'p50', 'p99', 'max', 'updated', 'queries sent', 'server CPU/console', 'raw subscription CPU/console'],
      fanout.map((r) => [
        fmt.int(r.n),
        fmt.ms(r.apps.p50),
        fmt.ms(r.apps.p99),
        fmt.ms(r.apps.max),
        `${r.apps.delivered}/${r.n}`,
        fmt.int(r.apps.queries),
        `${r.cpuPerConsoleMs.apps.toFixed(3)} ms`,
        `${r.cpuPerConsoleMs.raw.toFixed(3)} ms`,
      ]),
    ),
    '### Fan-out floors: the raw subscription (storeBoardEvents on graphql-ws) and a bare ws server (ms from commit to receipt)',
    table(
      [
        'N',
        'raw subscription p50',
        'p99',
        'max',
        'bare ws p50',
        'p99',
        'max',
        'p99 ratio',
        'delivered',
        'heap/sub',
        'RSS/sub',
        'ws heap/socket',
      ],
      fanout.map((r) => [
        fmt.int(r.n),
        fmt.ms(r.lacewire.p50),
        fmt.ms(r.lacewire.p99),
        fmt.ms(r.lacewire.max),
        fmt.ms(r.floor.p50),
        fmt.ms(r.floor.p99),
        fmt.ms(r.floor.max),
        fmt.ratio(r.lacewire.p99 / r.floor.p99),
        `${r.lacewire.delivered}/${r.n}`,
        `${fmt.kb(r.heapPerSub)} KB`,
        `${fmt.kb(r.rssPerSub)} KB`,
        `${fmt.kb(r.floorHeapPerSocket)} KB`,
      ]),
    ),
    `Frame: ${fanout[0].payloadBytes} bytes (the graphql-ws \`next\` message, sent as-is by the floor). Targets at 10,000: p99 < 250 ms and ≤ 3× the floor.`,
  );
}
if (queries.length) {
  const pair = (q: 'order' | 'board') => [
    queries.find((r) => r.query === q && r.server === 'Lacewire'),
    queries.find((r) => r.query === q && r.server !== 'Lacewire'),
  ];
  const rpsRatio = (q: 'order' | 'board') => {
    const [a, b] = pair(q);
    return a && b ? fmt.ratio(a.rps / b.rps) : '–';
  };
  // Requests per CPU second, server and PostgreSQL together: the same ratio without the noise.
  const cpuRatio = (q: 'order' | 'board') => {
    const [a, b] = pair(q);
    return a && b ? fmt.ratio((b.serverCpu + b.postgresCpu) / (a.serverCpu + a.postgresCpu)) : '–';
  };
  sections.push(
    `### Query throughput (autocannon 8.0.0, ${connections} connections, ${duration} s each, median of ${rounds} alternating round${rounds > 1 ? 's' : ''})`,
    table(
      [
        'query',
        'server',
        'req/s',
        'p50 ms',
        'p99 ms',
        'errors',
        'response bytes',
        'CPU ms/req server + PostgreSQL',
        'Lacewire ÷ peer (req/s)',
        'Lacewire ÷ peer (req per CPU s)',
      ],
      queries.map((r) => [
        r.query,
        r.server,
        fmt.int(r.rps),
        r.p50,
        r.p99,
        r.errors,
        r.bytes,
        `${r.serverCpu.toFixed(2)} + ${r.postgresCpu.toFixed(2)}`,
        r.server === 'Lacewire' ? rpsRatio(r.query) : '',
        r.server === 'Lacewire' ? cpuRatio(r.query) : '',
      ]),
    ),
    ...queries
      .filter((r) => r.perRound && r.perRound.length > 1)
      .map(
        (r) =>
          `${r.query}, Lacewire ÷ peer per round: ${r.perRound?.map(fmt.ratio).join(', ')} (req/s); ${r.perRoundCpu?.map(fmt.ratio).join(', ')} (req per CPU s).`,
      ),
    'Requests/s depend on what else runs on the shared cores; CPU per request (from /proc) much less so.',
  );
}
for (const [name, out] of Object.entries(foldedOut)) if (out) sections.push(`### ${name} (bench/${name}.ts)`, out);
if (startup) {
  sections.push(
    `### Start-up to first answered query, embedded database (${startup.cold.length} round${startup.cold.length > 1 ? 's' : ''}, median)`,
    table(
      ['start', 'median ms', 'each ms'],
      [
        [
          'cold (new data directory: create, migrate, seed)',
          fmt.int(startup.coldMedian),
          startup.cold.map((v) => v.toFixed(0)).join(', '),
        ],
        ['warm (same data directory)', fmt.int(startup.warmMedian), startup.warm.map((v) => v.toFixed(0)).join(', ')],
      ],
    ),
  );
}
const summary = sections.join('\n\n');
log(`\n# Summary\n\n${summary}`);
if (args.get('out')) writeFileSync(args.get('out') as string, `${summary}\n`);
process.exit(0);
