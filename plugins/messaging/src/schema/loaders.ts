import { batchLoader, type Context } from '@lacewire/core';
import { accountLoader } from '@lacewire/plugin-identity';
import { membersOfConversations } from '../services/access.ts';
import type { MemberRow } from '../services/rows.ts';

/** An account's display name, batched with the operation's other lookups (one query for a page of messages). */
export async function displayName(ctx: Context, accountId: string): Promise<string> {
  return (await accountLoader(ctx).load(accountId))?.displayName ?? '';
}

/** A conversation's members, batched with the operation's other lookups (a page of conversations asks once). */
export async function membersFor(ctx: Context, conversationId: string): Promise<MemberRow[]> {
  const loader = batchLoader(ctx, 'messaging.members', (ids: readonly string[]) => membersOfConversations(ctx.em, ids));
  return (await loader.load(conversationId)) ?? [];
}
