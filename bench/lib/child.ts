import { type ChildProcess, fork } from 'node:child_process';

/**
 * A benchmark process (server, clients, floor) driven over IPC: `call(cmd, args)` sends
 * `{ id, cmd, ...args }` and resolves with the child's `{ id, value }` (or rejects on `{ id, error }`).
 * Children answer with `serve(handlers)`.
 */
export class Child {
  readonly process: ChildProcess;
  readonly name: string;
  readonly #pending = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void }>();
  readonly #listeners: ((message: any) => void)[] = [];
  #next = 0;
  #exited: Promise<number | null>;

  constructor(
    name: string,
    script: string,
    options: { env?: NodeJS.ProcessEnv; execArgv?: string[]; args?: string[]; cwd?: string } = {},
  ) {
    this.name = name;
    this.process = fork(script, options.args ?? [], {
      env: { ...process.env, ...options.env },
      execArgv: options.execArgv ?? [],
      cwd: options.cwd,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.process.on('message', (message: any) => {
      if (message && typeof message.id === 'number' && this.#pending.has(message.id)) {
        const pending = this.#pending.get(message.id);
        this.#pending.delete(message.id);
        if ('error' in message) pending?.reject(new Error(`${name}: ${message.error}`));
        else pending?.resolve(message.value);
        return;
      }
      for (const listener of this.#listeners) listener(message);
    });
    this.#exited = new Promise((resolve) => this.process.once('exit', (code) => resolve(code)));
    this.#exited.then((code) => {
      for (const pending of this.#pending.values()) pending.reject(new Error(`${name} exited (${code})`));
      this.#pending.clear();
    });
  }

  on(listener: (message: any) => void) {
    this.#listeners.push(listener);
  }

  /** Resolves with the first message of this type (e.g. `{ type: 'ready' }`). */
  waitFor(type: string, timeoutMs = 120_000): Promise<any> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name}: no "${type}" within ${timeoutMs} ms`)), timeoutMs);
      this.#exited.then((code) => reject(new Error(`${this.name} exited (${code}) before "${type}"`)));
      this.on((message) => {
        if (message?.type === type) {
          clearTimeout(timer);
          resolve(message);
        }
      });
    });
  }

  call<T = any>(cmd: string, args: Record<string, unknown> = {}): Promise<T> {
    const id = ++this.#next;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.process.send({ id, cmd, ...args });
    });
  }

  async stop(timeoutMs = 10_000) {
    if (this.process.exitCode !== null || this.process.signalCode !== null) return;
    this.process.kill('SIGTERM');
    const timer = setTimeout(() => this.process.kill('SIGKILL'), timeoutMs);
    await this.#exited;
    clearTimeout(timer);
  }
}

/** In a child: answer the parent's calls. */
export function serve(handlers: Record<string, (args: any) => unknown>) {
  process.on('message', async (message: any) => {
    if (!message || typeof message.id !== 'number') return;
    const handler = handlers[message.cmd];
    try {
      if (!handler) throw new Error(`unknown command ${message.cmd}`);
      const value = await handler(message);
      process.send?.({ id: message.id, value: value ?? null });
    } catch (error) {
      process.send?.({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
  process.on('disconnect', () => process.exit(0));
}

/** Heap and RSS after full collections (children run with --expose-gc). */
export function memory() {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 3; i++) gc?.();
  const m = process.memoryUsage();
  return { heapUsed: m.heapUsed, rss: m.rss, external: m.external, arrayBuffers: m.arrayBuffers };
}
