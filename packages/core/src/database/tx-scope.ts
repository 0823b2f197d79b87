import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The transaction open in the current async context. Whatever runs inside `ctx.tx(...)` (feature
 * checks, loaders, `ctx.em`, `runtime.em()`) reads through it: on the embedded database the open
 * transaction holds the only session, so a second connection awaited inside it waits forever,
 * and on PostgreSQL it would hold two pool connections for one request.
 */
export interface TxScope {
  em: EntityManager;
  /** Where the transaction was opened (for the error when something bypasses it). */
  openedAt: string;
  /** False once the transaction ended: work it started and that outlives it is on its own again. */
  open: boolean;
  /** What nested transactions leave to do once this one, the outermost, committed. */
  deferred: (() => void)[];
}

const scope = new AsyncLocalStorage<TxScope>();

/** The open transaction of this async context, if any. */
export function currentTx(): TxScope | null {
  const found = scope.getStore();
  return found?.open ? found : null;
}

export async function inTxScope<T>(em: EntityManager, fn: (scope: TxScope) => Promise<T>): Promise<T> {
  const store: TxScope = { em, openedAt: callSite(new Error().stack), open: true, deferred: [] };
  try {
    return await scope.run(store, () => fn(store));
  } finally {
    store.open = false;
  }
}

/** A fresh EntityManager: inside a transaction a fork that stays in it, else one on the pool. */
export function forkInScope(fork: () => EntityManager): EntityManager {
  const tx = currentTx();
  return tx ? tx.em.fork({ keepTransactionContext: true }) : fork();
}

/** Thrown in development and tests when code inside a transaction reaches for another connection. */
export class SecondConnectionError extends Error {
  override name = 'SecondConnectionError';
}

/**
 * Called before a query takes a connection from the pool. Inside an open transaction that is a
 * bug (a deadlock on the embedded database): fail at once, naming where it came from.
 */
export function refuseSecondConnection(): void {
  const tx = currentTx();
  if (!tx) return;
  const site = callSite(new Error().stack);
  throw new SecondConnectionError(
    `A query at ${site} took a second database connection while the transaction opened at ${tx.openedAt} ` +
      'is open in the same async context. Read through the transaction (tx.em, ctx.em, runtime.em()) instead.',
  );
}

/** The first stack frame outside the database plumbing and node_modules. */
function callSite(stack: string | undefined): string {
  const frames = (stack ?? '').split('\n').slice(1);
  const own = frames.find(
    (f) =>
      !f.includes('node_modules') &&
      !f.includes('node:') &&
      !/core\/src\/(database\/tx-scope|tx|platform|loaders|coalesce)\.ts/.test(f),
  );
  return (own ?? frames[0] ?? 'unknown').trim().replace(/^at /, '');
}
