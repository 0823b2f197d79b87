import { NotFoundError, type Tx } from '@lacewire/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CannedReply } from '../entities.ts';

/** Quick answers a store's staff pick from the chat box. */
export async function cannedReplies(em: EntityManager, storeId: string) {
  return em.find(CannedReply, { storeId }, { orderBy: { title: 'asc', createdAt: 'asc' } });
}

export async function saveCannedReply(
  tx: Tx,
  input: { id?: string | null; storeId: string; title: string; body: string; createdBy: string },
) {
  if (input.id) {
    const reply = await tx.em.findOne(CannedReply, { id: input.id, storeId: input.storeId });
    if (!reply) throw new NotFoundError('Canned reply');
    reply.title = input.title;
    reply.body = input.body;
    return reply;
  }
  return tx.em.create(CannedReply, { storeId: input.storeId, title: input.title, body: input.body, createdBy: input.createdBy });
}

export async function deleteCannedReply(tx: Tx, id: string) {
  const reply = await tx.em.findOne(CannedReply, { id });
  if (!reply) throw new NotFoundError('Canned reply');
  tx.em.remove(reply);
  return reply;
}

export async function cannedRepliesByIds(em: EntityManager, ids: readonly string[]) {
  const found = await em.find(CannedReply, { id: { $in: [...ids] } });
  return ids.map((id) => found.find((r) => r.id === id) ?? null);
}

export async function findCannedReply(em: EntityManager, id: string) {
  return em.findOne(CannedReply, { id });
}
