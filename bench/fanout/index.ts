/**
 * Fan-out: N subscribers (another process) follow store 静安店's board on graphql-ws; one status
 * change; time from its commit to each subscriber's receipt. Floor: a bare `ws` server sending the
 * very same frame to the same number of sockets. Memory per open subscription from the server's
 * heap and RSS (after full GCs) before and after the N subscriptions.
 */
import { join } from 'node:path';
import { Child } from '../lib/child.ts';
import type { Seeded } from '../lib/seed.ts';
import { percentile } from '../lib/stats.ts';

export const BOARD_QUERY = `subscription($storeId: ID!) { storeBoardEvents(storeId: $storeId) { cursor type orderId from to label at } }`;

export interface FanoutRow {
  n: number;
  connectMs: number;
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
        let sample = '';
        for (const round of ['warm-up', 'measured']) {
          const order = seeded.movable.shift();
          if (!order) throw new Error('fan-out: no order left to move');
          await clients.call('arm');
          const { committedAt } = await server.call('move', { orderId: order.id, to: order.to });
          const got = await clients.call('collect', { timeoutMs: 30_000 });
          if (round === 'measured') rounds.push(summary(got.times, committedAt, got.missing, got.errors));
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
