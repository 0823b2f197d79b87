import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import { exec, rows, sql } from './database/sql.ts';
import { InvalidInputError, NotFoundError } from './errors.ts';
import type { Tx } from './plugin.ts';

/**
 * Retry-safe creating mutations. A client sends `idempotencyKey` (a uuid it made) with a creating
 * mutation and sends the same key again when the answer was lost. The first call claims the key
 * in `lw_idempotency` as the first statement of its own transaction and stores a reference to
 * what it created (type + id) in the same transaction; any later call with the key, from the same
 * account, finds the claim and answers with that object again, writing nothing.
 *
 * Concurrent duplicates queue on the key's unique index: PostgreSQL makes the second insert wait
 * until the first transaction ends, then it replays (or, if the first rolled back, it claims the
 * key and does the work). Everything goes through the transaction's own connection, so on the
 * embedded database (one session) duplicates simply run one after another.
 *
 * A claim lives for IDEMPOTENCY_HORIZON_HOURS: after that the key counts as new, and the hourly
 * `core.expireIdempotencyKeys` job deletes the old rows. A failed mutation (a typed error, a
 * rollback) leaves no claim: retrying it runs it again.
 */
export const IDEMPOTENCY_HORIZON_HOURS = 24;

/** The input field's name in every creating mutation. */
export const IDEMPOTENCY_KEY_FIELD = 'idempotencyKey';

const KEY_PATTERN = /^[A-Za-z0-9._:-]{8,64}$/;

/** How a creating mutation's result is stored and found again. */
export interface Replayable<T> {
  /** The GraphQL type of the result, stored with its id. */
  type: string;
  id(result: T): string;
  /** The first result again, read through the transaction (`tx.em`). Null when it is gone. */
  load(tx: Tx, id: string): Promise<T | null>;
}

/** A result with an `id`, found again by `load`. */
export function replayable<T extends { id: string }>(type: string, load: Replayable<T>['load']): Replayable<T> {
  return { type, id: (result) => result.id, load };
}

/** A result that is one MikroORM entity, found again by primary key. */
export function replayableEntity<T extends { id: string }>(type: string, entity: EntityName<T>): Replayable<T> {
  return replayable(type, (tx, id) => tx.em.findOne(entity, { id } as FilterQuery<T>));
}

export interface OnceOptions<T> {
  /** The mutation's name: a key already used for another operation is refused. */
  operation: string;
  /** The client's key; without one the work simply runs. */
  key: string | null | undefined;
  result: Replayable<T>;
}

interface Claim {
  operation: string;
  resultType: string | null;
  resultId: string | null;
}

/**
 * Runs `work` once per (account, key): see the module comment. `account` is the viewer the
 * transaction runs for; with none (jobs, handlers, anonymous calls) keys are not tracked.
 */
export async function once<T>(tx: Tx, account: string | null, options: OnceOptions<T>, work: () => Promise<T>): Promise<T> {
  const { key, operation, result } = options;
  if (key === null || key === undefined || !account) return work();
  if (!KEY_PATTERN.test(key)) {
    throw new InvalidInputError(
      'idempotencyKey must be 8 to 64 letters, digits or . _ : - (a uuid is ideal).',
      IDEMPOTENCY_KEY_FIELD,
    );
  }
  if (await claim(tx.em, account, key, operation)) {
    const value = await work();
    await tx.em.flush(); // ids of new entities may be assigned on flush
    await exec(
      tx.em,
      sql`update lw_idempotency set result_type = ${result.type}, result_id = ${result.id(value)}
           where account_id = ${account} and key = ${key}`,
    );
    return value;
  }
  const [first] = await rows<Claim>(
    tx.em,
    sql`select operation, result_type as "resultType", result_id as "resultId"
          from lw_idempotency where account_id = ${account} and key = ${key}`,
  );
  if (first.operation !== operation) {
    throw new InvalidInputError(
      `This idempotencyKey was already used for ${first.operation}; use a new key for each operation.`,
      IDEMPOTENCY_KEY_FIELD,
    );
  }
  if (first.resultType !== result.type || first.resultId === null) throw new NotFoundError(result.type);
  const replayed = await result.load(tx, first.resultId);
  if (replayed === null) throw new NotFoundError(result.type);
  return replayed;
}

/**
 * Inserts the claim, or takes over an expired one; true when this transaction owns the key. A
 * live claim of another transaction makes the statement wait until that one ends.
 */
async function claim(em: EntityManager, account: string, key: string, operation: string): Promise<boolean> {
  const claimed = await rows(
    em,
    sql`insert into lw_idempotency (account_id, key, operation) values (${account}, ${key}, ${operation})
        on conflict (account_id, key) do update
          set operation = excluded.operation, result_type = null, result_id = null, created_at = now()
          where lw_idempotency.created_at < now() - make_interval(hours => ${IDEMPOTENCY_HORIZON_HOURS})
        returning 1`,
  );
  return claimed.length > 0;
}

/** Deletes claims past the horizon (scheduled hourly); they no longer answer anyway. */
export async function expireIdempotencyKeys(em: EntityManager): Promise<void> {
  await exec(em, sql`delete from lw_idempotency where created_at < now() - make_interval(hours => ${IDEMPOTENCY_HORIZON_HOURS})`);
}
