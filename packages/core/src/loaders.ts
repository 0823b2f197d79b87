import DataLoader from 'dataloader';

const loaders = new WeakMap<object, Map<string, DataLoader<any, any>>>();

/**
 * Batches the lookups one operation makes in the same tick into one query (a board of 100
 * orders asks for its technicians once, not 100 times). Per context, so never across viewers;
 * not cached, so a long-lived subscription reads fresh rows for every event.
 */
export function batchLoader<K, V>(
  ctx: object,
  name: string,
  load: (keys: readonly K[]) => Promise<readonly (V | null)[]>,
): DataLoader<K, V | null> {
  let byName = loaders.get(ctx);
  if (!byName) loaders.set(ctx, (byName = new Map()));
  let loader = byName.get(name);
  if (!loader)
    byName.set(name, (loader = new DataLoader<K, V | null>(async (keys) => [...(await load(keys))], { cache: false })));
  return loader;
}
