import type { ConnectionBudgets } from '../budgets.ts';

interface PooledClient {
  release(error?: unknown): void;
}
type Connected = (error: unknown, client?: PooledClient, done?: PooledClient['release']) => void;
interface Pool {
  connect(callback?: Connected): Promise<PooledClient> | undefined;
}

/**
 * Puts pg-pool's `connect` under the budgets: a connection leaves the pool only once the current
 * request's kind may hold one more (waiting in memory, in its own queue), and its share is given
 * back with the connection. `before` runs first, synchronously (the development check against a
 * second connection inside a transaction).
 */
export function budgetPool(pool: Pool, budgets: ConnectionBudgets, before?: () => void): void {
  const connect = pool.connect.bind(pool);
  pool.connect = (callback?: Connected) => {
    before?.();
    const admitted = budgets.admit();
    if (!admitted) return connect(callback);
    const taken = admitted.then(async (leave) => {
      let client: PooledClient;
      try {
        client = (await connect()) as PooledClient;
      } catch (error) {
        leave();
        throw error;
      }
      // pg-pool sets a fresh `release` each time it hands the client out.
      const release = client.release;
      client.release = (error?: unknown) => {
        leave();
        release(error);
      };
      return client;
    });
    if (!callback) return taken;
    taken.then(
      (client) => callback(undefined, client, client.release),
      (error) => callback(error),
    );
    return undefined;
  };
}
