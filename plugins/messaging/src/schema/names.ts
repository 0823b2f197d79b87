import type { Context } from '@lacewire/core';
import { accountsByIds } from '@lacewire/plugin-identity';

const loaders = new WeakMap<object, (id: string) => Promise<string>>();

/** Display names by account id, batched per request (one query for a page of messages). */
export function displayName(ctx: Context, accountId: string): Promise<string> {
  let load = loaders.get(ctx);
  if (!load) {
    const cache = new Map<string, Promise<string>>();
    let pending: { id: string; resolve: (name: string) => void; reject: (e: unknown) => void }[] = [];
    load = (id) => {
      const cached = cache.get(id);
      if (cached) return cached;
      const promise = new Promise<string>((resolve, reject) => {
        pending.push({ id, resolve, reject });
        if (pending.length === 1) {
          queueMicrotask(async () => {
            const batch = pending;
            pending = [];
            try {
              const accounts = await accountsByIds(ctx.runtime.em(), [...new Set(batch.map((b) => b.id))]);
              const names = new Map(accounts.filter((a) => a).map((a) => [a?.id as string, a?.displayName as string]));
              for (const b of batch) b.resolve(names.get(b.id) ?? '');
            } catch (error) {
              for (const b of batch) b.reject(error);
            }
          });
        }
      });
      cache.set(id, promise);
      return promise;
    };
    loaders.set(ctx, load);
  }
  return load(accountId);
}
