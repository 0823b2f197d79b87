import { type Builder, canSee, DoneRef, globalId, rows, sql } from '@lacewire/core';
import { type PushBacklog, pushBacklog, retryFailedPushes } from '../push/worker.ts';

/** Events pushed by reference (too large for RTM), and the owner's view of pushes not yet delivered. */
export function pushSchema(builder: Builder) {
  const PushedEvent = builder.objectRef<{ id: string; type: string; at: Date; payload: unknown }>('AgoraPushedEvent').implement({
    description: 'An event whose RTM push carried only a reference (larger than 32 KB).',
    fields: (t) => ({
      cursor: t.exposeString('id'),
      type: t.exposeString('type'),
      at: t.field({ type: 'DateTime', resolve: (e) => e.at }),
      payload: t.field({ type: 'JSON', resolve: (e) => e.payload }),
    }),
  });

  builder.queryField('agoraEvent', (t) =>
    t.field({
      type: PushedEvent,
      nullable: true,
      description: 'The full event behind a by-reference RTM push (null when unknown or not visible to the viewer).',
      authScopes: { signedIn: true },
      args: { cursor: t.arg.string({ required: true }) },
      resolve: async (_r, args, ctx) => {
        if (!/^\d{1,19}$/.test(args.cursor)) return null;
        const [row] = await rows<{
          id: string;
          type: string;
          payload: unknown;
          created_at: Date;
          a: string[];
          s: string[];
          r: any[] | null;
        }>(
          ctx.em,
          sql`select id, type, payload, created_at, audience_accounts as a, audience_stores as s, audience_roles as r from lw_event where id = ${args.cursor}::bigint`,
        );
        if (!row) return null;
        const audience = { accounts: row.a, stores: row.s, ...(row.r ? { roles: row.r } : {}) };
        if (!canSee(ctx.viewer, audience)) return null;
        return { id: String(row.id), type: row.type, at: new Date(row.created_at), payload: row.payload };
      },
    }),
  );

  const Failure = builder.objectRef<PushBacklog['recentFailures'][number]>('AgoraPushFailure').implement({
    fields: (t) => ({
      eventCursor: t.exposeString('eventId'),
      eventType: t.exposeString('eventType'),
      accountId: t.field({ type: 'ID', resolve: (f) => globalId('Account', f.accountId) }),
      attempts: t.exposeInt('attempts'),
      status: t.exposeString('status'),
      lastError: t.exposeString('lastError', { nullable: true }),
    }),
  });
  const Backlog = builder.objectRef<PushBacklog>('AgoraPushBacklog').implement({
    description:
      'RTM pushes not yet delivered (pending: will be retried; failed: refused by Agora, retry with retryAgoraPushes).',
    fields: (t) => ({
      pending: t.exposeInt('pending'),
      failed: t.exposeInt('failed'),
      sent: t.exposeInt('sent'),
      oldestPendingAt: t.field({ type: 'DateTime', nullable: true, resolve: (b) => b.oldestPendingAt }),
      recentFailures: t.field({ type: [Failure], resolve: (b) => b.recentFailures }),
    }),
  });
  builder.queryField('agoraPushBacklog', (t) =>
    t.field({ type: Backlog, authScopes: { owner: true }, resolve: (_r, _a, ctx) => pushBacklog(ctx.em) }),
  );
  builder.mutationField('retryAgoraPushes', (t) =>
    t.field({
      type: DoneRef,
      errors: {},
      description: 'Sends failed RTM pushes again (owner).',
      authScopes: { owner: true },
      resolve: async (_r, _a, ctx) => {
        await ctx.tx((tx) => retryFailedPushes(tx));
        return { ok: true };
      },
    }),
  );
}
