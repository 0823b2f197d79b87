import type { EntityManager } from '@mikro-orm/postgresql';
import { exec, rows, sql } from '../database/sql.ts';
import type { StaffRole } from '../viewer.ts';
import type { Audience } from './audience.ts';

/** A committed event as subscribers and handlers see it. `id` is the resumable cursor. */
export interface LoggedEvent<P = any> {
  id: string;
  type: string;
  payload: P;
  audience: Audience;
  at: Date;
}

export interface PendingEvent {
  type: string;
  payload: unknown;
  audience: Audience;
}

/** Serialises event-writing commits so ids appear in commit order: a reader never skips one. */
const EVENT_LOG_LOCK = 7431002;

/**
 * Appends events inside the caller's transaction (the outbox). Must be the last statement
 * before commit: the lock is held until the transaction ends. One round trip: the lock is the
 * statement's one-time filter, taken before any row (and so any id) is made.
 */
export async function appendEvents(em: EntityManager, events: PendingEvent[]): Promise<void> {
  if (events.length === 0) return;
  const values = events.map(
    (e) =>
      sql`(${e.type}, ${JSON.stringify(e.payload)}::jsonb, ${e.audience.accounts ?? []}::text[], ${e.audience.stores ?? []}::text[], ${e.audience.roles ?? null}::text[])`,
  );
  await exec(
    em,
    sql`insert into lw_event (type, payload, audience_accounts, audience_stores, audience_roles)
        select * from (values ${sql.join(values)}) as v
         where (select true from pg_advisory_xact_lock(${EVENT_LOG_LOCK}))`,
  );
}

interface EventRow {
  id: string;
  type: string;
  payload: unknown;
  audience_accounts: string[];
  audience_stores: string[];
  audience_roles: StaffRole[] | null;
  created_at: Date;
}

export function toLoggedEvent(row: EventRow): LoggedEvent {
  const audience: Audience = { accounts: row.audience_accounts, stores: row.audience_stores };
  if (row.audience_roles) audience.roles = row.audience_roles;
  return { id: String(row.id), type: row.type, payload: row.payload, audience, at: new Date(row.created_at) };
}

export interface ReadOptions {
  after: string;
  upTo?: string;
  types?: readonly string[];
  limit: number;
}

/** Events after a cursor, in order. */
export async function readEvents(em: EntityManager, options: ReadOptions): Promise<LoggedEvent[]> {
  const found = await rows<EventRow>(
    em,
    sql`select id, type, payload, audience_accounts, audience_stores, audience_roles, created_at from lw_event
         where id > ${options.after}
           and (${options.upTo ?? null}::bigint is null or id <= ${options.upTo ?? null}::bigint)
           and (${options.types ?? null}::text[] is null or type = any(${options.types ?? null}::text[]))
         order by id limit ${options.limit}`,
  );
  return found.map(toLoggedEvent);
}

export async function lastEventId(em: EntityManager): Promise<string> {
  const [row] = await rows<{ id: string | null }>(em, sql`select max(id) as id from lw_event`);
  return String(row?.id ?? 0);
}
