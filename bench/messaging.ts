/**
 * Messaging benchmark: `pnpm exec node bench/messaging.ts` (PostgreSQL at DATABASE_URL or 127.0.0.1:5432).
 *
 * 1. Send → receive: customers send text messages over HTTP (GraphQL `sendMessage`, persisted with a
 *    sequence, an event in the log) to the store's clerk, who is subscribed over a WebSocket
 *    (`messagingEvents`). Latency is measured from just before the HTTP request to the moment the
 *    clerk's socket receives the message; unloaded (one message at a time) and sustained (many
 *    senders at once, messages/s).
 * 2. History: one conversation holding 1,000,000 messages (bulk insert with generate_series);
 *    pages of 50 at random positions through the full stack (`messages(beforeSeq:, limit: 50)`).
 *
 * The server runs in a child process so the load generator does not share its event loop.
 * Prints figures and the targets beside them; it never fails on time.
 *
 * Options (env): BENCH_SECONDS (sustained phase, default 10), BENCH_SENDERS (default 32),
 * BENCH_HISTORY_ROWS (default 1000000), BENCH_WITH_METRICS=1 (the metrics plugin counts every
 * message and receipt as a deployment does: more consumers of messaging's events in the same process).
 */
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec, sql } from '@lacewire/core';
import { filesPlugin } from '@lacewire/plugin-files';
import { createTestDatabase, createTestPlatform, localId, TestClient } from '@lacewire/testing';
import { messagingPlugin } from '../plugins/messaging/src/index.ts';
import { metricsPlugin } from '../plugins/metrics/src/index.ts';
import { gql } from './lib/graphql.ts';
import { machineNow } from './lib/speed.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SENDERS = Number(process.env.BENCH_SENDERS ?? 32);
const HISTORY_ROWS = Number(process.env.BENCH_HISTORY_ROWS ?? 1_000_000);
const WITH_METRICS = process.env.BENCH_WITH_METRICS === '1';

interface Setup {
  url: string;
  clerkToken: string;
  senders: { token: string; conversationId: string }[];
  historyConversationId: string;
  historyToken: string;
}

const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { __typename ... on SentMessage { created } ... on Error { message } } }`;
const LISTEN = `subscription { messagingEvents { __typename ... on MessageSentEvent { message { clientMessageId } } } }`;
const PAGE = `query($id: ID!, $before: Int) { node(id: $id) { ... on Conversation { messages(beforeSeq: $before, limit: 50) { hasOlder messages { seq body } } } } }`;

// ---------------------------------------------------------------- server (child process)

async function server(databaseUrl: string) {
  const directory = await mkdtemp(join(tmpdir(), 'lw-bench-'));
  const t = await createTestPlatform({
    databaseUrl,
    plugins: [filesPlugin, messagingPlugin, ...(WITH_METRICS ? [metricsPlugin] : [])],
    settings: {
      files: { directory, secret: 'bench-secret-bench-secret-bench-secret!' },
      messaging: { sendLimit: { count: 1_000_000, perSeconds: 1 } },
    },
  });
  const store = await t.store('拾履 静安店');
  const clerk = await t.staff(store, 'clerk');
  const senders: Setup['senders'] = [];
  for (let i = 0; i < SENDERS; i++) {
    const customer = await t.customer(`139${String(10_000_000 + i)}`);
    const opened = await customer.query(
      `mutation($input: OpenConversationInput!) { openConversation(input: $input) { ... on Conversation { id } } }`,
      { input: { storeId: store.globalId } },
    );
    senders.push({ token: customer.token as string, conversationId: opened.openConversation.id });
  }

  // History: one conversation with HISTORY_ROWS messages.
  const reader = await t.customer('13800000000');
  const history = await reader.query(
    `mutation($input: OpenConversationInput!) { openConversation(input: $input) { ... on Conversation { id } } }`,
    { input: { storeId: (await t.store('拾履 徐汇店')).globalId } },
  );
  const conversationId = localId(history.openConversation.id);
  const em = t.runtime.em();
  const started = performance.now();
  const batch = 200_000;
  for (let from = 1; from <= HISTORY_ROWS; from += batch) {
    const to = Math.min(from + batch - 1, HISTORY_ROWS);
    await exec(
      em,
      sql`insert into messaging_message (id, conversation_id, seq, sender_id, kind, body, created_at)
          select gen_random_uuid(), ${conversationId}, n, ${reader.accountId}, 'text', '第 ' || n || ' 条消息：鞋子护理进度更新',
                 now() - make_interval(secs => ${HISTORY_ROWS} - n)
            from generate_series(${from}::bigint, ${to}::bigint) n`,
    );
  }
  await exec(em, sql`update messaging_conversation set last_seq = ${HISTORY_ROWS} where id = ${conversationId}`);
  await exec(em, sql`analyze messaging_message`);
  const insertSeconds = (performance.now() - started) / 1000;

  const setup: Setup = {
    url: t.url,
    clerkToken: clerk.token as string,
    senders,
    historyConversationId: history.openConversation.id,
    historyToken: reader.token as string,
  };
  process.send?.({ setup, insertSeconds });
  process.on('message', async (m: any) => {
    if (m === 'cpu') process.send?.({ cpu: process.cpuUsage() });
    if (m === 'settle') {
      const started = performance.now();
      await t.platform.settle();
      process.send?.({ settledMs: performance.now() - started });
    }
    if (m === 'stop') {
      await t.platform.close();
      process.exit(0);
    }
  });
}

// ---------------------------------------------------------------- load generator (parent)

function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function summary(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

async function main() {
  const database = await createTestDatabase();
  const child = fork(new URL(import.meta.url).pathname, ['--server', database.url], {
    // BENCH_PROFILE=dir writes a V8 CPU profile of the server process there.
    execArgv: process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [],
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  });
  console.log(`messaging benchmark — server in a child process, PostgreSQL database ${new URL(database.url).pathname.slice(1)}`);
  console.log(
    `  machine: ${cpus().length} cores, ${machineNow(loadavg())} (other work on the machine, and how fast it runs now, skew every figure)`,
  );
  console.log(`setting up ${SENDERS} senders and a conversation of ${HISTORY_ROWS.toLocaleString('en')} messages …`);
  const { setup, insertSeconds } = await new Promise<{ setup: Setup; insertSeconds: number }>((resolve, reject) => {
    child.once('message', resolve as any);
    child.once('exit', (code) => reject(new Error(`server exited (${code})`)));
  });
  console.log(`  bulk insert: ${insertSeconds.toFixed(1)} s`);

  try {
    const clerk = new TestClient(setup.url, setup.clerkToken);
    const pending = new Map<string, number>();
    const received: number[] = [];
    const subscription = clerk.subscribe(LISTEN);
    await subscription.ready();
    // Drain deliveries as they come.
    let stopped = false;
    const drain = (async () => {
      while (!stopped) {
        let value: any;
        try {
          value = await subscription.next(1000);
        } catch {
          continue;
        }
        const id = value?.messagingEvents?.message?.clientMessageId;
        const sentAt = id ? pending.get(id) : undefined;
        if (sentAt !== undefined) {
          received.push(performance.now() - sentAt);
          pending.delete(id);
        }
      }
    })();
    await new Promise((r) => setTimeout(r, 300));

    const clients = setup.senders;
    const sendOne = async (sender: (typeof clients)[number], i: number) => {
      const clientMessageId = randomUUID();
      pending.set(clientMessageId, performance.now());
      const result = await gql(setup.url, sender.token, SEND, {
        input: {
          conversationId: sender.conversationId,
          clientMessageId,
          kind: 'text',
          body: `第 ${i} 条：请问鞋子什么时候可以取？`,
        },
      });
      if (result.sendMessage.__typename !== 'SentMessage') throw new Error(JSON.stringify(result));
    };
    const waitDelivered = async (timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      while (pending.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    };

    // Warm-up.
    for (let i = 0; i < 50; i++) await sendOne(clients[i % clients.length], i);
    await waitDelivered();
    received.length = 0;

    // 1a. Unloaded: one message at a time.
    const sendTimes: number[] = [];
    for (let i = 0; i < 300; i++) {
      const started = performance.now();
      await sendOne(clients[i % clients.length], i);
      sendTimes.push(performance.now() - started);
      await waitDelivered(2000);
    }
    const unloaded = summary(received);
    const unloadedSend = summary(sendTimes);
    received.length = 0;

    /** Asks the server child for one figure over IPC. */
    const ask = <T>(request: string, key: string) =>
      new Promise<T>((resolve) => {
        const onMessage = (m: any) => {
          if (m?.[key] === undefined) return;
          child.off('message', onMessage);
          resolve(m[key]);
        };
        child.on('message', onMessage);
        child.send(request);
      });
    const serverCpu = async () => {
      const cpu = await ask<NodeJS.CpuUsage>('cpu', 'cpu');
      return (cpu.user + cpu.system) / 1000;
    };
    const clientCpu = () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };

    // 1b. Sustained: every sender sends back to back for SECONDS.
    const cpuBefore = await serverCpu();
    const clientCpuBefore = clientCpu();
    const started = performance.now();
    const until = started + SECONDS * 1000;
    let sent = 0;
    await Promise.all(
      clients.map(async (sender) => {
        while (performance.now() < until) {
          await sendOne(sender, sent++);
        }
      }),
    );
    const sendSeconds = (performance.now() - started) / 1000;
    await waitDelivered();
    const deliveredSeconds = (performance.now() - started) / 1000;
    // With metrics: how long its consumer needs to count the rest (its CPU is then included below).
    const metricsLagMs = WITH_METRICS ? await ask<number>('settle', 'settledMs') : null;
    const sustained = summary(received);
    const cpuPerMessage = ((await serverCpu()) - cpuBefore) / Math.max(1, sent);
    const clientCpuPerMessage = (clientCpu() - clientCpuBefore) / Math.max(1, sent);
    const lost = pending.size;
    stopped = true;
    await subscription.close();
    await drain;

    // 2. History pages of 50 from the 1M-message conversation.
    const pageTimes: number[] = [];
    for (let i = 0; i < 20; i++)
      await gql(setup.url, setup.historyToken, PAGE, {
        id: setup.historyConversationId,
        before: 1 + Math.floor(Math.random() * HISTORY_ROWS),
      });
    for (let i = 0; i < 300; i++) {
      const before = i % 10 === 0 ? null : 51 + Math.floor(Math.random() * (HISTORY_ROWS - 50));
      const t0 = performance.now();
      const page = await gql(setup.url, setup.historyToken, PAGE, { id: setup.historyConversationId, before });
      pageTimes.push(performance.now() - t0);
      if (page.node.messages.messages.length !== 50) throw new Error('short page');
    }
    const history = summary(pageTimes);

    console.log('');
    console.log("send → receive (HTTP sendMessage → clerk's WebSocket subscription)");
    console.log(
      `  unloaded, one at a time (n=${unloaded.n}): p50 ${ms(unloaded.p50)}, p99 ${ms(unloaded.p99)}, max ${ms(unloaded.max)}   target p99 < 50 ms`,
    );
    console.log(`    (HTTP round trip of sendMessage alone: p50 ${ms(unloadedSend.p50)}, p99 ${ms(unloadedSend.p99)})`);
    console.log(
      `  sustained, ${SENDERS} senders for ${SECONDS} s: ${sent} sent, ${(sent / sendSeconds).toFixed(0)} messages/s persisted, ` +
        `${(sustained.n / deliveredSeconds).toFixed(0)} messages/s delivered   target ≥ 1,000/s`,
    );
    console.log(
      `    server process CPU per message (GraphQL, SQL client, dispatch, subscription${WITH_METRICS ? ', metrics' : ''}): ${cpuPerMessage.toFixed(2)} ms ` +
        `(≈ ${(1000 / cpuPerMessage).toFixed(0)} messages/s per core for the Node process alone); load generator ${clientCpuPerMessage.toFixed(2)} ms`,
    );
    if (metricsLagMs !== null) {
      console.log(`    with the metrics plugin counting every message: counted ${ms(metricsLagMs)} after the last delivery`);
    }
    console.log(
      `    latency under load: p50 ${ms(sustained.p50)}, p99 ${ms(sustained.p99)}, max ${ms(sustained.max)}; undelivered: ${lost}`,
    );
    console.log(
      `history page of 50 from ${HISTORY_ROWS.toLocaleString('en')} messages (HTTP, random positions, n=${history.n}):`,
    );
    console.log(`  p50 ${ms(history.p50)}, p95 ${ms(history.p95)}, p99 ${ms(history.p99)}   target p95 < 20 ms`);
    console.log(`  machine at the end: ${machineNow(loadavg())}`);
  } finally {
    child.send('stop');
    await new Promise((r) => child.once('exit', r));
    await database.drop();
  }
}

if (process.argv[2] === '--server') {
  server(process.argv[3]).catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
