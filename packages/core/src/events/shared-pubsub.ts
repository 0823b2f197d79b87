import { setMaxListeners } from 'node:events';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from 'graphql-yoga';
import { Redis } from 'ioredis';
import type { Runtime, SharedTopics } from '../runtime.ts';

type Cleanups = (() => Promise<void> | void)[];

/** Cross-instance pub/sub: Redis when configured, else in this process only. */
export function sharedPubSub(redisUrl: string | null | undefined, databaseUrl: string, cleanups: Cleanups) {
  const eventTarget = redisUrl ? redisTarget(redisUrl, redisNamespace(databaseUrl), cleanups) : localTarget();
  return createPubSub<SharedTopics>({ eventTarget });
}

function localTarget() {
  const target = new EventTarget();
  setMaxListeners(0, target);
  return target as any;
}

/** Instances of one deployment share channels; another database on the same Redis does not. */
function redisNamespace(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `lacewire:${url.host}${url.pathname}:`;
}

function redisTarget(url: string, namespace: string, cleanups: Cleanups) {
  const publishClient = new Redis(url, { maxRetriesPerRequest: 3 });
  // A subscriber connection may only subscribe: no ready check (INFO) on it.
  const subscribeClient = new Redis(url, { enableReadyCheck: false });
  cleanups.push(async () => {
    publishClient.disconnect();
    subscribeClient.disconnect();
  });
  const target = createRedisEventTarget({ publishClient, subscribeClient });
  return {
    addEventListener: (topic: string, listener: any) => target.addEventListener(namespace + topic, listener),
    removeEventListener: (topic: string, listener: any) => target.removeEventListener(namespace + topic, listener),
    dispatchEvent: (event: CustomEvent) =>
      target.dispatchEvent(new CustomEvent(namespace + event.type, { detail: event.detail })),
  } as any;
}

/** Wakes this instance's dispatcher whenever any instance committed events. */
export function listenForWakes(pubsub: Runtime['pubsub'], wake: () => void) {
  const iterator = pubsub.subscribe('lw:wake')[Symbol.asyncIterator]();
  (async () => {
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      wake();
    }
  })();
  return iterator;
}
