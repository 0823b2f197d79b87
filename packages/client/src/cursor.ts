/**
 * Event cursors are the server's event ids: decimal strings of a strictly increasing bigint.
 * They compare numerically; comparing by length first and then by text is exact for them.
 */
export function compareCursors(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxCursor(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return compareCursors(a, b) >= 0 ? a : b;
}

/**
 * The cursors already delivered, bounded. Cursors that fall out of the window count as seen:
 * `floor` is the highest cursor ever evicted, and anything at or below it is treated as old.
 */
export class SeenCursors {
  readonly #limit: number;
  readonly #set = new Set<string>();
  #floor: string | null = null;

  constructor(limit = 5000) {
    this.#limit = limit;
  }

  has(cursor: string): boolean {
    if (this.#floor !== null && compareCursors(cursor, this.#floor) <= 0) return true;
    return this.#set.has(cursor);
  }

  add(cursor: string): void {
    this.#set.add(cursor);
    if (this.#set.size <= this.#limit) return;
    // Evict the lowest cursors (Set keeps insertion order, which is nearly cursor order).
    const sorted = [...this.#set].sort(compareCursors);
    const drop = sorted.slice(0, this.#set.size - this.#limit);
    for (const c of drop) this.#set.delete(c);
    this.#floor = maxCursor(this.#floor, drop[drop.length - 1]);
  }

  clear(): void {
    this.#set.clear();
    this.#floor = null;
  }

  get size(): number {
    return this.#set.size;
  }
}
