import type { Viewer } from '@lacewire/core';

interface Entry {
  viewer: Viewer;
  until: number;
}

/**
 * Viewers by token hash for a few seconds, so a busy client does not cost a session lookup on
 * every request. A session is never served past its own expiry. Revocations and role changes
 * forget their entries at once on the instance that commits them (afterCommit) and on every
 * instance when their event is dispatched; the short lifetime bounds anything changed behind the
 * platform's back.
 */
export class SessionCache {
  readonly #ttlMs: number;
  readonly #max: number;
  readonly #entries = new Map<string, Entry>();
  /** Moves on every forget: a lookup that started before one must not cache what it read. */
  #generation = 0;

  constructor(ttlMs: number, max = 10_000) {
    this.#ttlMs = ttlMs;
    this.#max = max;
  }

  async viewer(tokenHash: string, load: () => Promise<Viewer | null>): Promise<Viewer | null> {
    const now = Date.now();
    const entry = this.#entries.get(tokenHash);
    if (entry && entry.until > now && entry.viewer.expiresAt.getTime() > now) return entry.viewer;
    if (entry) this.#entries.delete(tokenHash);
    const generation = this.#generation;
    const viewer = await load();
    if (viewer && generation === this.#generation && this.#ttlMs > 0) {
      // Oldest first out: a Map iterates in insertion order.
      if (this.#entries.size >= this.#max) this.#entries.delete(this.#entries.keys().next().value as string);
      this.#entries.set(tokenHash, { viewer, until: Date.now() + this.#ttlMs });
    }
    return viewer;
  }

  forget(match: (viewer: Viewer) => boolean): void {
    this.#generation++;
    for (const [hash, entry] of this.#entries) if (match(entry.viewer)) this.#entries.delete(hash);
  }

  forgetSession(sessionId: string): void {
    this.forget((v) => v.sessionId === sessionId);
  }

  forgetAccount(accountId: string): void {
    this.forget((v) => v.accountId === accountId);
  }
}
