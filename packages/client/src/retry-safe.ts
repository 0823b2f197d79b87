/**
 * Retry-safe creating mutations, for both apps, at the fetch boundary (so every call site —
 * `useMutation`, `client.mutation`, multipart uploads — gets it without change):
 *
 * - a creating mutation (CREATING_MUTATIONS) gets `input.idempotencyKey`, a fresh uuid, unless the
 *   app set one;
 * - when its answer is lost (network error, no answer within `timeoutMs` — `uploadTimeoutMs` for
 *   multipart uploads — or a 502/503/504 from a proxy) the same request, same key, is sent again after a bounded back-off; the server answers a
 *   repeat with the first result and writes nothing new (docs/api/idempotency.md);
 * - after the last attempt the error reaches the app; if the user sends the same mutation with the
 *   same variables again, it reuses the key of the attempt whose outcome is unknown, so a manual
 *   retry is safe too. A key is forgotten once an answer arrives.
 *
 * Messages are not handled here: they carry their own `clientMessageId` and the apps' outboxes
 * resend them (clients/portal/src/lib/outbox.ts, the staff inbox's pending list).
 */

import { type Backoff, backoffDelay } from '@lacewire/core/backoff';

/** Root mutation fields that take `idempotencyKey` (checked against schema.graphql by a test). */
export const CREATING_MUTATIONS: ReadonlySet<string> = new Set([
  'addCustomerNote',
  'addShiftException',
  'addShoe',
  'addStaffMember',
  'bookAppointment',
  'bookAppointmentForCustomer',
  'createMaterial',
  'createService',
  'createStaffGroup',
  'createStore',
  'openWorkOrder',
  'postReview',
  'raiseChangeRequest',
  'rebookOrder',
  'registerCustomer',
  'requestAcceptance',
  'restockMaterial',
  'saveCannedReply',
  'startCall',
  'submitComplaint',
  'uploadAttachment',
]);

export interface RetrySafeOptions {
  fetch?: typeof fetch;
  /** Tries in all, the first included (default 4). */
  attempts?: number;
  /** Waits before the 2nd, 3rd… try (default 0.5 s doubling to at most 4 s, ±20 %). */
  backoff?: Backoff;
  /** An answer not started within this is lost (default 20 s). */
  timeoutMs?: number;
  /** The same for multipart uploads, whose bytes go out first (default 2 min: 5 MB on a slow 3G link). */
  uploadTimeoutMs?: number;
  newKey?: () => string;
  sleep?: (ms: number) => Promise<void>;
}

/** HTTP statuses that mean "the server's answer did not reach us" (a proxy in front of it). */
const LOST_STATUSES = new Set([502, 503, 504]);

/** The first root field of a mutation document (`mutation X($input: …) { alias: field(…) …`). */
export function rootMutationField(query: string): string | null {
  const match = /^\s*(?:#[^\n]*\n\s*)*mutation\b[^{]*\{\s*(?:[A-Za-z_]\w*\s*:\s*)?([A-Za-z_]\w*)/.exec(query);
  return match ? match[1] : null;
}

interface GraphQLBody {
  query?: string;
  variables?: { input?: Record<string, unknown> } & Record<string, unknown>;
}

/** A request as urql sends it: a JSON body, or a multipart form whose `operations` part is the JSON. */
function readBody(body: unknown): { operation: GraphQLBody; form: FormData | null } | null {
  try {
    if (typeof body === 'string') return { operation: JSON.parse(body), form: null };
    if (typeof FormData !== 'undefined' && body instanceof FormData) {
      const operations = body.get('operations');
      return typeof operations === 'string' ? { operation: JSON.parse(operations), form: body } : null;
    }
  } catch {
    // Not a GraphQL body we understand: sent as it is.
  }
  return null;
}

function writeBody(operation: GraphQLBody, form: FormData | null): string | FormData {
  const json = JSON.stringify(operation);
  if (!form) return json;
  const copy = new FormData();
  for (const [name, value] of form.entries()) copy.append(name, name === 'operations' ? json : value);
  return copy;
}

/** What makes two sends "the same mutation": its text, its variables, and any files' identity. */
function fingerprint(operation: GraphQLBody, form: FormData | null): string {
  const files = form
    ? [...form.entries()].filter(([, v]) => typeof v !== 'string').map(([n, v]) => `${n}:${(v as File).name}:${(v as File).size}`)
    : [];
  return JSON.stringify([operation.query, operation.variables, files]);
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A uuid v4; `crypto.randomUUID` exists only on https and localhost pages, getRandomValues everywhere. */
export function newIdempotencyKey(): string {
  if (globalThis.crypto?.randomUUID) return globalThis.crypto.randomUUID();
  const b = globalThis.crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Unsettled keys kept at most (oldest dropped): a long outage must not grow memory without bound. */
const MAX_UNSETTLED = 200;

/** A `fetch` for the urql client that makes creating mutations retry-safe (see the module comment). */
export function retrySafeFetch(options: RetrySafeOptions = {}): typeof fetch {
  const attempts = Math.max(1, options.attempts ?? 4);
  const backoff = options.backoff ?? { baseMs: 500, maxMs: 4000 };
  const timeoutMs = options.timeoutMs ?? 20_000;
  const uploadTimeoutMs = options.uploadTimeoutMs ?? 120_000;
  const newKey = options.newKey ?? newIdempotencyKey;
  const sleep = options.sleep ?? defaultSleep;
  /** Keys of sends whose outcome is unknown, by fingerprint: a manual repeat reuses them. */
  const unsettled = new Map<string, string>();

  return async (resource, init) => {
    const send = options.fetch ?? globalThis.fetch;
    const parsed = init?.method === 'POST' || init?.body ? readBody(init?.body) : null;
    const field = parsed?.operation.query ? rootMutationField(parsed.operation.query) : null;
    const input = parsed?.operation.variables?.input;
    if (!parsed || !field || !input || typeof input !== 'object') return send(resource, init);
    if (!CREATING_MUTATIONS.has(field)) return send(resource, init);
    const keyField = 'idempotencyKey';

    let body = init?.body;
    let print: string | null = null;
    if (input[keyField] == null) {
      print = fingerprint(parsed.operation, parsed.form);
      const key = unsettled.get(print) ?? newKey();
      unsettled.delete(print);
      unsettled.set(print, key);
      if (unsettled.size > MAX_UNSETTLED) unsettled.delete(unsettled.keys().next().value as string);
      const operation = {
        ...parsed.operation,
        variables: { ...parsed.operation.variables, input: { ...input, [keyField]: key } },
      };
      body = writeBody(operation, parsed.form);
    }
    for (let attempt = 1; ; attempt++) {
      const limit = parsed.form ? uploadTimeoutMs : timeoutMs;
      const signals = [AbortSignal.timeout(limit), ...(init?.signal ? [init.signal] : [])];
      try {
        const response = await send(resource, { ...init, body, signal: AbortSignal.any(signals) });
        if (!LOST_STATUSES.has(response.status) || attempt >= attempts) {
          if (print && !LOST_STATUSES.has(response.status)) unsettled.delete(print);
          return response;
        }
      } catch (error) {
        // The app gave up (a component went away): no retry.
        if (init?.signal?.aborted || attempt >= attempts) throw error;
      }
      await sleep(backoffDelay(attempt, backoff));
    }
  };
}
