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
  /** When it happened, if not the database's now() (a seed laying down history, see clock.ts). */
  at?: Date | null;
}

/**
 * Appends events inside the caller's transaction (the outbox), as its last statement before
 * commit. Ids come from a sequence and writers never wait for each other; readers stay behind
 * the safe end of the log (see horizon.ts), which needs this: the transaction has its id before it
 * takes an event id. The `where` is the statement's one-time filter, evaluated before any row
 * (and so any event id) is made; it costs no round trip.
 */
export async function appendEvents(em: EntityManager, events: PendingEvent[]): Promise<void> {
  if (events.length > 0) await exec(em, appendEventsQuery(events));
}

/** The statement appendEvents runs (the benchmark sends the same text). */
export function appendEventsQuery(events: PendingEvent[]) {
  const values = events.map(
    (e) =>
      sql`(${e.type}, ${JSON.stringify(e.payload)}::jsonb, ${e.audience.accounts ?? []}::text[], ${e.audience.stores ?? []}::text[], ${e.audience.roles ?? null}::text[], coalesce(${e.at ?? null}::timestamptz, now()))`,
  );
  return sql`insert into lw_event (type, payload, audience_accounts, audience_stores, audience_roles, created_at)
        select * from (values ${sql.join(values)}) as v
         where (select pg_current_xact_id()) is not null`;
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
  /** A safe end of the log (EventHorizon, or a position taken from it): never read past one. */
  upTo: string;
  types?: readonly string[];
  limit: number;
}

/** Events after a cursor up to a safe end, in order. */
export async function readEvents(em: EntityManager, options: ReadOptions): Promise<LoggedEvent[]> {
  const found = await rows<EventRow>(
    em,
    sql`select id, type, payload, audience_accounts, audience_stores, audience_roles, created_at from lw_event
         where id > ${options.after}
           and id <= ${options.upTo}
           and (${options.types ?? null}::text[] is null or type = any(${options.types ?? null}::text[]))
         order by id limit ${options.limit}`,
  );
  return found.map(toLoggedEvent);
}

/** The newest event id handed out (some may still be in flight): how far the log reaches. */
export async function lastEventId(em: EntityManager): Promise<string> {
  const [row] = await rows<{ id: string }>(em, sql`select coalesce(pg_sequence_last_value('lw_event_seq'), 0) as id`);
  return String(row.id);
}
