import type { EntityManager } from '@mikro-orm/postgresql';
import type { Tx } from './plugin.ts';
import type { Runtime } from './runtime.ts';
import type { Viewer } from './viewer.ts';

/** What every resolver receives; one per request (HTTP) or per operation (WebSocket). */
export interface Context {
  viewer: Viewer | null;
  /** Forked per request: its identity map is private to the request. */
  em: EntityManager;
  requestId: string;
  /** The client's address (see PlatformOptions.trustedProxyHops), for per-address rate limits. */
  clientAddress: string;
  runtime: Runtime;
  /** Aborted when the operation's deadline passed (its client got Timeout): stop, write nothing. */
  signal: AbortSignal;
  /** Writes, events and jobs in one transaction (see Tx). */
  tx<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Throws FeatureDisabled when the capability is off for the store. */
  requireFeature(storeId: string, feature: string): Promise<void>;
}
