import { type App, inject, onScopeDispose, type Ref, shallowRef } from 'vue';
import type { LoadErrorKind } from './errors.ts';
import type { ConnectionState, StreamEvent } from './stream.ts';
import type { Lacewire } from './urql.ts';

const KEY = Symbol.for('lacewire');
const ERROR_LABELS = Symbol.for('lacewire.errorLabels');

/** What QueryError says for each kind of failure, in the app's language (read at each render). */
export type ErrorLabels = () => Record<LoadErrorKind | 'retry', string>;

/** Installs Lacewire in a Vue app (call next to `app.use(urql, lacewire.client)`). */
export function installLacewire(app: App, lacewire: Lacewire, options: { errorLabels?: ErrorLabels } = {}): void {
  app.provide(KEY, lacewire);
  if (options.errorLabels) app.provide(ERROR_LABELS, options.errorLabels);
}

const ENGLISH: ErrorLabels = () => ({
  timeout: 'The server took too long; nothing was changed.',
  network: 'Cannot reach the server.',
  other: 'Could not load.',
  retry: 'Retry',
});

/** The labels installLacewire was given (English without). */
export function useErrorLabels(): ErrorLabels {
  return inject<ErrorLabels>(ERROR_LABELS, ENGLISH);
}

export function useLacewire(): Lacewire {
  const lacewire = inject<Lacewire>(KEY);
  if (!lacewire) throw new Error('installLacewire(app, lacewire) was not called');
  return lacewire;
}

/** The stream's connection state as a ref, for the connection indicator. */
export function useConnectionState(): Ref<ConnectionState> {
  const { stream } = useLacewire();
  const state = shallowRef<ConnectionState>(stream.state);
  const off = stream.onState((s) => {
    state.value = s;
  });
  onScopeDispose(off);
  return state;
}

/** Runs the handler for matching events (and on resync, with null) while the component lives. */
export function useStreamEvent(types: string | string[], handler: (event: StreamEvent | null) => void): void {
  const { stream } = useLacewire();
  const off = stream.on(types, handler);
  const offResync = stream.onResync(() => handler(null));
  onScopeDispose(() => {
    off();
    offResync();
  });
}
