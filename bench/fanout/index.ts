/**
 * Fan-out: one status change in store 静安店, N consoles open. The apps' path first: N instances of
 * the real client library (consoles.ts: @lacewire/client with its normalized cache and its one
 * event stream, on real WebSockets), time from the commit until each console's cache shows the new
 * status, the HTTP queries they sent for it, and the server's CPU per console. Then the floors: the
 * raw subscription (`storeBoardEvents` on bare graphql-ws sockets, timed on receipt) and a bare `ws`
 * server sending the very same frame. Memory per open subscription from the server's heap and RSS
 * (after full GCs) before and after the N raw subscriptions.
 */
import { join } from 'node:path';
import { globalId } from '@lacewire/client';
import { Child } from '../lib/child.ts';
import { processCpuMs } from '../lib/cpu.ts';
import type { Seeded } from '../lib/seed.ts';
import { percentile } from '../lib/stats.ts';

export const BOARD_QUERY = `subscription($storeId: ID!) { storeBoardEvents(storeId: $storeId) { cursor type orderId from to label at } }`;

export interface FanoutRow {
  n: number;
  connectMs: number;
  /** The apps' path: commit → every console's cache updated. */
  apps: { p50: number; p99: number; max: number; delivered: number; errors: number; queries: number };
  /** Server CPU per console for the one event: the apps' path, and the raw subscription. */
  cpuPerConsoleMs: { apps: number; raw: number };
  lacewire: { p50: number; p99: number; max: number; delivered: number; errors: number };
  floor: { p50: number; p99: number; max: number; delivered: number; errors: number };
  heapPerSub: number;
  rssPerSub: number;
  floorHeapPerSocket: number;
  floorRssPerSocket: number;
  payloadBytes: number;
}

const here = import.meta.dirname;

function summary(times: number[], from: number, missing: number, errors: number) {
  const latencies = times.map((t) => t - from);
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.length ? Math.max(...latencies) : Number.NaN,
    delivered: times.length,
    errors: errors + missing,
  };
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`fan-out: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Runs every size against one Lacewire server (already seeded) and one floor server. */
export async function runFanout(
  server: Child,
  url: string,
  seeded: Seeded,
  sizes: number[],
  log: (line: string) => void,
): Promise<FanoutRow[]> {
  const floor = new Child('ws floor', join(here, 'floor.ts'), { execArgv: ['--expose-gc'] });
  const floorUrl = (await floor.waitFor('listening')).url as string;
  const rows: FanoutRow[] = [];
  try {
    for (const n of sizes) {
      // The apps' path: N consoles running @lacewire/client.
      const consoles = new Child('consoles', join(here, 'consoles.ts'), { execArgv: ['--max-old-space-size=8192'] });
      await consoles.waitFor('ready');
      let apps: FanoutRow['apps'] | null = null;
      let appsCpu = Number.NaN;
      try {
        await consoles.call('open', { url, token: seeded.clerkToken, storeId: seeded.storeGlobalId, count: n });
        for (const round of ['warm-up', 'measured']) {
          const order = seeded.movable.shift();
          if (!order) throw new Error('fan-out: no order left to move');
          await consoles.call('arm', { orderId: globalId('WorkOrder', order.id), status: order.to });
          const cpu = processCpuMs(server.process.pid as number);
          const { committedAt } = await server.call('move', { orderId: order.id, to: order.to });
          const got = await consoles.call('collect', { timeoutMs: 60_000 });
          if (round === 'measured') {
            apps = { ...summary(got.times, committedAt, got.missing, got.errors), queries: got.queries };
            appsCpu = (processCpuMs(server.process.pid as number) - cpu) / n;
          }
        }
        await consoles.call('close');
      } finally {
        await consoles.stop();
      }
      log(
        `  fan-out ${n}, the apps' path: cache updated p50 ${apps?.p50.toFixed(1)} p99 ${apps?.p99.toFixed(1)} ms ` +
          `(${apps?.delivered}/${n}), ${apps?.queries} queries, server CPU ${appsCpu.toFixed(3)} ms per console`,
      );

      const clients = new Child('subscribers', join(here, 'clients.ts'), { execArgv: ['--max-old-space-size=4096'] });
      await clients.waitFor('ready');
      try {
        // Lacewire
        const baseListeners = await server.call<number>('listeners');
        const before = await server.call('memory');
        const { ms: connectMs } = await clients.call('open', {
          mode: 'graphql',
          url,
          count: n,
          token: seeded.clerkToken,
          query: BOARD_QUERY,
          variables: { storeId: seeded.storeGlobalId },
        });
        await waitUntil(async () => (await server.call<number>('listeners')) >= baseListeners + n, 60_000, `${n} subscriptions`);
        const after = await server.call('memory');
        const rounds: ReturnType<typeof summary>[] = [];
        let rawCpu = Number.NaN;
        let sample = '';
        for (const round of ['warm-up', 'measured']) {
          const order = seeded.movable.shift();
          if (!order) throw new Error('fan-out: no order left to move');
          await clients.call('arm');
          const cpu = processCpuMs(server.process.pid as number);
          const { committedAt } = await server.call('move', { orderId: order.id, to: order.to });
          const got = await clients.call('collect', { timeoutMs: 30_000 });
          if (round === 'measured') {
            rounds.push(summary(got.times, committedAt, got.missing, got.errors));
            rawCpu = (processCpuMs(server.process.pid as number) - cpu) / n;
          }
          sample = got.sample ?? sample;
        }
        await clients.call('close');
        await waitUntil(async () => (await server.call<number>('listeners')) <= baseListeners, 30_000, 'subscriptions to close');

        // Floor: the same frame, the same number of sockets.
        const floorBefore = await floor.call('memory');
        await clients.call('open', { mode: 'ws', url: floorUrl, count: n });
        await waitUntil(async () => (await floor.call<number>('count')) >= n, 60_000, `${n} floor sockets`);
        const floorAfter = await floor.call('memory');
        let floorResult: ReturnType<typeof summary> | null = null;
        for (const round of ['warm-up', 'measured']) {
          await clients.call('arm');
          const { sentAt } = await floor.call('broadcast', { payload: sample });
          const got = await clients.call('collect', { timeoutMs: 30_000 });
          if (round === 'measured') floorResult = summary(got.times, sentAt, got.missing, got.errors);
        }
        await clients.call('close');

        const row: FanoutRow = {
          n,
          connectMs,
          apps: apps as FanoutRow['apps'],
          cpuPerConsoleMs: { apps: appsCpu, raw: rawCpu },
          lacewire: rounds[0],
          floor: floorResult as ReturnType<typeof summary>,
          heapPerSub: (after.heapUsed - before.heapUsed) / n,
          rssPerSub: (after.rss - before.rss) / n,
          floorHeapPerSocket: (floorAfter.heapUsed - floorBefore.heapUsed) / n,
          floorRssPerSocket: (floorAfter.rss - floorBefore.rss) / n,
          payloadBytes: Buffer.byteLength(sample),
        };
        rows.push(row);
        log(
          `  fan-out ${n}: lacewire p50 ${row.lacewire.p50.toFixed(1)} p99 ${row.lacewire.p99.toFixed(1)} max ${row.lacewire.max.toFixed(1)} ms ` +
            `(${row.lacewire.delivered}/${n}); floor p99 ${row.floor.p99.toFixed(1)} ms; connect ${(connectMs / 1000).toFixed(1)} s`,
        );
      } finally {
        await clients.stop();
      }
    }
  } finally {
    await floor.stop();
  }
  return rows;
}
