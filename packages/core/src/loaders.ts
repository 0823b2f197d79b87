import DataLoader from 'dataloader';

const loaders = new WeakMap<object, Map<string, DataLoader<any, any>>>();

/**
 * Batches the lookups one operation makes in the same tick into one query (a board of 100
 * orders asks for its technicians once, not 100 times), each key once however often it was
 * asked. Per context, so never across viewers; not cached, so a long-lived subscription reads
 * fresh rows for every event.
 */
export function batchLoader<K, V>(
  ctx: object,
  name: string,
  load: (keys: readonly K[]) => Promise<readonly (V | null)[]>,
): DataLoader<K, V | null> {
  let byName = loaders.get(ctx);
  if (!byName) loaders.set(ctx, (byName = new Map()));
  let loader = byName.get(name);
  if (!loader) byName.set(name, (loader = new DataLoader<K, V | null>((keys) => loadDistinct(keys, load), { cache: false })));
  return loader;
}

/** Without a cache DataLoader passes a key as often as it was asked: ask `load` once per key. */
async function loadDistinct<K, V>(keys: readonly K[], load: (keys: readonly K[]) => Promise<readonly (V | null)[]>) {
  const distinct = [...new Set(keys)];
  if (distinct.length === keys.length) return [...(await load(keys))];
  const found = await load(distinct);
  const byKey = new Map(distinct.map((key, i) => [key, found[i] ?? null]));
  return keys.map((key) => byKey.get(key) ?? null);
}
