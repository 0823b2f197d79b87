import { canSee, type EventMap, type LoggedEvent, type Runtime, type Viewer } from '@lacewire/core';
import { TYPING, type TypingPayload } from '../events.ts';

export const MESSAGING_EVENT_TYPES = [
  'message.sent',
  'message.recalled',
  'conversation.receiptUpdated',
  'conversation.created',
  'conversation.memberJoined',
  'conversation.memberLeft',
  'conversation.assigned',
] as const;

type MessagingEventType = (typeof MESSAGING_EVENT_TYPES)[number];
/** One of the logged events the stream carries, its payload typed by its name. */
export type MessagingLoggedEvent = {
  [T in MessagingEventType]: LoggedEvent<EventMap[T]> & { type: T };
}[MessagingEventType];

export type StreamItem = { kind: 'logged'; event: MessagingLoggedEvent } | { kind: 'typing'; payload: TypingPayload };

/**
 * One stream per user: the logged messaging events they may see (replayed after `after`, then
 * live) merged with ephemeral typing signals (live only, never stored). Audience is checked per
 * event for both.
 */
export async function* messagingStream(
  runtime: Runtime,
  viewer: Viewer | null,
  options: { after: string | null; conversationId: string | null },
): AsyncGenerator<StreamItem> {
  const inConversation = (id: string) => !options.conversationId || id === options.conversationId;
  const logged = runtime
    .subscribe(viewer, {
      after: options.after,
      types: MESSAGING_EVENT_TYPES,
      filter: (event) => inConversation(event.payload.conversationId ?? event.payload.message?.conversationId),
    })
    [Symbol.asyncIterator]();
  const ephemeral = runtime.pubsub.subscribe('lw:ephemeral')[Symbol.asyncIterator]();

  const queue: StreamItem[] = [];
  let wake: (() => void) | null = null;
  let failure: unknown = null;
  let done = false;
  const push = (item: StreamItem) => {
    queue.push(item);
    wake?.();
  };
  const pump = async <T>(iterator: AsyncIterator<T>, map: (value: T) => StreamItem | null) => {
    try {
      for (;;) {
        const next = await iterator.next();
        if (next.done || done) return;
        const item = map(next.value);
        if (item) push(item);
      }
    } catch (error) {
      failure = error;
      wake?.();
    }
  };
  // Only the types asked for come through: each is one of the stream's event types.
  void pump(logged, (event) => ({ kind: 'logged', event: event as MessagingLoggedEvent }));
  void pump(ephemeral, (event) => {
    if (event.type !== TYPING || !canSee(viewer, event.audience)) return null;
    const payload = event.payload as TypingPayload;
    if (!inConversation(payload.conversationId) || payload.accountId === viewer?.accountId) return null;
    return { kind: 'typing', payload };
  });
  try {
    for (;;) {
      while (queue.length > 0) yield queue.shift() as StreamItem;
      if (failure) throw failure;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = null;
    }
  } finally {
    done = true;
    // Not awaited: a source waiting for its next event finishes its return when it wakes.
    void logged.return?.();
    void ephemeral.return?.();
  }
}
