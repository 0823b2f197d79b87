/** How long anything may take before it is given up (milliseconds). Every one is bounded. */
export interface Deadlines {
  /** A whole GraphQL query or mutation; past it the client gets `Timeout` and its transaction rolls back. */
  operationMs: number;
  /** One statement on PostgreSQL (`statement_timeout` of every pool connection). */
  statementMs: number;
  /** Waiting for a lock on PostgreSQL (`lock_timeout` of every pool connection). */
  lockMs: number;
  /**
   * Embedded database: how long a statement waits behind another connection's transaction that
   * has sent nothing for as long (a transaction awaiting something else), before it fails.
   */
  embeddedWaitMs: number;
}

export const DEFAULT_DEADLINES: Deadlines = {
  operationMs: 30_000,
  statementMs: 15_000,
  lockMs: 10_000,
  embeddedWaitMs: 5_000,
};
