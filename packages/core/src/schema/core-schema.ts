import type { LoggedEvent } from '../events/log.ts';
import type { Builder } from './builder.ts';

/**
 * The core's own slice: the generic event stream every client can follow with one subscription
 * (`events(after:)`), resuming from its last cursor after a reconnect.
 */
export function coreSchema(builder: Builder, eventTypes: string[]) {
  const EventRef = builder.objectRef<LoggedEvent>('Event').implement({
    description: 'A committed business event. `cursor` is strictly increasing; resume with `after: cursor`.',
    fields: (t) => ({
      cursor: t.exposeString('id'),
      type: t.exposeString('type'),
      at: t.field({ type: 'DateTime', resolve: (e) => e.at }),
      payload: t.field({ type: 'JSON', resolve: (e) => e.payload }),
    }),
  });

  builder.queryField('eventTypes', (t) =>
    t.stringList({ description: 'Every event type the installed plugins declare.', resolve: () => eventTypes }),
  );

  builder.subscriptionField('events', (t) =>
    t.field({
      type: EventRef,
      description:
        'Every event the viewer may see, in order. With `after`, missed events are replayed first, then live ones follow with no gap.',
      authScopes: { signedIn: true },
      args: {
        after: t.arg.string({ required: false, description: 'The last cursor the client has seen.' }),
        types: t.arg.stringList({ required: false, description: 'Only these event types.' }),
      },
      subscribe: (_root, args, ctx) =>
        ctx.runtime.subscribe(ctx.viewer, { after: args.after ?? null, types: args.types ?? undefined }),
      resolve: (event) => event,
    }),
  );
}
