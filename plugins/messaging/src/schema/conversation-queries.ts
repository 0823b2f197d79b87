import { type Builder, InvalidInputError } from '@lacewire/core';
import { StoreRef } from '@lacewire/plugin-stores';
import { ConversationRef } from '../refs.ts';
import { listConversations } from '../services/conversations.ts';
import { unreadTotal } from '../services/receipts.ts';
import type { ConversationRow } from '../services/rows.ts';
import type { conversationTypes } from './conversation.ts';
import { signedIn } from './errors.ts';
import { customerIdOf } from './ids.ts';

function encodeCursor(c: ConversationRow) {
  return Buffer.from(`${new Date(c.lastMessageAt ?? c.createdAt).toISOString()}|${c.id}`).toString('base64');
}
function decodeCursor(cursor: string | null | undefined) {
  if (!cursor) return null;
  const [at, id] = Buffer.from(cursor, 'base64').toString().split('|');
  const date = new Date(at);
  if (!id || Number.isNaN(date.getTime())) throw new InvalidInputError('Unknown cursor.', 'after');
  return { at: date, id };
}

/** The viewer's conversations (and their store's inbox), newest first, and the unread total. */
export function conversationQueries(builder: Builder, { ConversationKind }: ReturnType<typeof conversationTypes>) {
  builder.queryField('conversations', (t) =>
    t.connection({
      type: ConversationRef,
      description:
        "The viewer's conversations, newest activity first: those they are a member of, plus, for clerks and store admins, their stores' customer and order conversations (the inbox).",
      authScopes: { signedIn: true },
      args: {
        storeId: t.arg.globalID({ required: false, for: StoreRef }),
        kind: t.arg({ type: ConversationKind, required: false }),
        assignedToMe: t.arg.boolean({ required: false }),
        unassigned: t.arg.boolean({ required: false }),
        waiting: t.arg.boolean({ required: false, description: 'Only conversations waiting for a staff answer.' }),
        customerId: t.arg.id({ required: false, description: "Only this Customer's conversations (its global id)." }),
      },
      resolve: async (_r, args, ctx) => {
        const first = Math.min(args.first ?? 30, 100);
        const after = decodeCursor(args.after);
        const found = await listConversations(ctx.em, signedIn(ctx.viewer), {
          storeId: args.storeId?.id ?? null,
          kind: args.kind ?? null,
          assignedToMe: args.assignedToMe,
          unassigned: args.unassigned,
          waiting: args.waiting,
          customerId: args.customerId ? customerIdOf(args.customerId) : null,
          after,
          limit: first + 1,
        });
        const page = found.slice(0, first);
        return {
          edges: page.map((node) => ({ cursor: encodeCursor(node), node })),
          pageInfo: {
            hasNextPage: found.length > first,
            hasPreviousPage: !!after,
            startCursor: page[0] ? encodeCursor(page[0]) : null,
            endCursor: page.length ? encodeCursor(page[page.length - 1]) : null,
          },
        };
      },
    }),
  );

  builder.queryField('unreadMessageCount', (t) =>
    t.int({
      description: "Unread messages over all the viewer's conversations (per conversation: Conversation.unreadCount).",
      authScopes: { signedIn: true },
      resolve: (_r, _a, ctx) => unreadTotal(ctx.em, signedIn(ctx.viewer)),
    }),
  );
}
