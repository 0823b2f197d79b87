import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

/**
 * The burst's clients, in a worker thread of their own: 40 customers' browsers, a clerk and a
 * chatting customer are other machines, so their requests must not share the server's event loop
 * (an in-process client's own work — 40 fetches at once — would be measured as server latency).
 * Each person has their own HTTP connection, as a browser does.
 */
export interface BurstPlan {
  url: string;
  csrfHeader: string;
  /** One token per booking customer, with the start time they ask for. */
  bookings: { token: string; startsAt: string }[];
  storeId: string;
  serviceIds: string[];
  clerkToken: string;
  chatterToken: string;
  conversationId: string;
}

export interface Timed {
  ms: number;
  result: string;
  /** When it was sent, ms after the burst started (negative: before). */
  at: number;
}

export interface ClientTimings {
  bookings: Timed[];
  reads: Timed[];
  messages: Timed[];
  burstMs: number;
}

const BOOK = `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { __typename } }`;
const READ = `query($id: ID!) { node(id: $id) { ... on Conversation { lastSeq messages(limit: 20) { messages { id body } } } } }`;
const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { __typename } }`;

/** POSTs a GraphQL request on the person's own connection (its agent keeps one socket alive). */
function post(agent: Agent, url: string, headers: Record<string, string>, body: string): Promise<any> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { ...headers, 'content-type': 'application/json' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString()));
        } catch (error) {
          reject(error);
        }
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function drive(plan: BurstPlan): Promise<ClientTimings> {
  let burstStarted = performance.now() + 200;
  const agents = new Map<string, Agent>();
  const call = async (token: string, query: string, variables: Record<string, unknown>, name: (data: any) => string) => {
    let agent = agents.get(token);
    if (!agent) agents.set(token, (agent = new Agent({ keepAlive: true, maxSockets: 1 })));
    const started = performance.now();
    let result: string;
    try {
      const headers = { authorization: `Bearer ${token}`, [plan.csrfHeader]: '1' };
      const body = (await post(agent, plan.url, headers, JSON.stringify({ query, variables }))) as {
        data?: any;
        errors?: { message: string }[];
      };
      result = body.errors?.length ? `error: ${body.errors.map((e) => e.message).join('; ')}` : name(body.data);
    } catch (error) {
      result = `error: ${(error as Error).message}`;
    }
    return { ms: performance.now() - started, result, at: started - burstStarted };
  };
  const reads: Timed[] = [];
  const messages: Timed[] = [];
  let bursting = true;
  // Unrelated traffic at a steady pace, from just before the burst until it is over.
  const reader = (async () => {
    while (bursting) {
      reads.push(await call(plan.clerkToken, READ, { id: plan.conversationId }, (d) => (d.node ? 'Conversation' : 'null')));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const sender = (async () => {
    while (bursting) {
      const input = { conversationId: plan.conversationId, clientMessageId: randomUUID(), kind: 'text', body: 'still there?' };
      messages.push(await call(plan.chatterToken, SEND, { input }, (d) => d.sendMessage.__typename));
      // Below messaging's 30 sends per 10 s, however long the burst lasts.
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
  })();
  await new Promise((resolve) => setTimeout(resolve, 200));
  burstStarted = performance.now();
  const bookings = await Promise.all(
    plan.bookings.map(({ token, startsAt }) =>
      call(
        token,
        BOOK,
        { input: { storeId: plan.storeId, serviceIds: plan.serviceIds, startsAt } },
        (d) => d.bookAppointment.__typename,
      ),
    ),
  );
  const burstMs = performance.now() - burstStarted;
  bursting = false;
  await Promise.all([reader, sender]);
  for (const agent of agents.values()) agent.destroy();
  return { bookings, reads, messages, burstMs };
}

if (parentPort) parentPort.postMessage(await drive(workerData as BurstPlan));
