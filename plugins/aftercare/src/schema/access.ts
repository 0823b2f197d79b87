import type { Viewer } from '@lacewire/core';
import { orderFor } from '@lacewire/plugin-care';
import { visibleAttachments } from '@lacewire/plugin-files';
import type { EntityManager } from '@mikro-orm/postgresql';

/** What the schema's readers need of a request: who asks, and the platform to read with. */
export interface ReadContext {
  viewer: Viewer | null;
  runtime: { em(): EntityManager };
}

/** The platform's EntityManager rather than the request's (inside a transaction, the transaction's). */
export const fresh = (ctx: { runtime: { em(): EntityManager } }) => ctx.runtime.em();

/** Local ids of a list of decoded global ids (absent: none). */
export const localIds = (list: { id: string }[] | null | undefined) => (list ?? []).map((g) => g.id);

/** The attachments of `ids` the viewer may see. */
export const photos = (ctx: ReadContext, ids: string[]) => visibleAttachments(ctx, ids);

/** `item` when the viewer may see its order, else null. */
export async function visibleWithOrder<T extends { orderId: string }>(ctx: ReadContext, item: T | null) {
  if (!item) return null;
  try {
    await orderFor(fresh(ctx), ctx.viewer, item.orderId);
    return item;
  } catch {
    return null;
  }
}
