import type { Server } from 'node:http';
import { useServer } from 'graphql-ws/use/ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { WebSocketServer } from 'ws';
import { expiryTimer } from '../events/session-streams.ts';
import type { Runtime } from '../runtime.ts';
import type { Viewer } from '../viewer.ts';
import { viewerFor } from './auth.ts';

interface SocketExtra extends Record<PropertyKey, unknown> {
  viewer: Viewer | null;
}

/** Custom close code: the session was revoked or expired; the client should sign in again. */
export const SESSION_ENDED = 4401;

/**
 * graphql-ws on the same port and path as HTTP. The viewer is resolved once per connection
 * from `connectionParams.authorization`; sockets are indexed by session so a revoked or
 * expired session loses them at once.
 */
export function attachWebSocket(server: Server, yoga: YogaServerInstance<any, any>, runtime: Runtime) {
  const wss = new WebSocketServer({ server, path: yoga.graphqlEndpoint, maxPayload: 1_000_000 });
  const bySession = new Map<string, Set<{ close(code: number, reason: string): void }>>();

  const disposable = useServer<Record<string, unknown>, SocketExtra>(
    {
      execute: (args: any) => args.rootValue.execute(args),
      subscribe: (args: any) => args.rootValue.subscribe(args),
      onConnect: async (ctx) => {
        try {
          const viewer = await viewerFor(runtime, ctx.connectionParams?.authorization);
          (ctx.extra as SocketExtra & { socket: any }).viewer = viewer;
          if (viewer) {
            const socket = ctx.extra.socket;
            let set = bySession.get(viewer.sessionId);
            if (!set) bySession.set(viewer.sessionId, (set = new Set()));
            set.add(socket);
            // The session's end closes the socket too; the client signs in again.
            const expiry = expiryTimer(viewer.expiresAt, () => socket.close(SESSION_ENDED, 'Session expired'));
            socket.once('close', () => {
              clearTimeout(expiry.current);
              set.delete(socket);
              if (set.size === 0) bySession.delete(viewer.sessionId);
            });
          }
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: async (ctx, _id, params) => {
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params,
          socketViewer: ctx.extra.viewer,
        });
        const args = {
          schema,
          operationName: params.operationName,
          document: parse(params.query),
          variableValues: params.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        };
        const errors = validate(args.schema, args.document);
        if (errors.length) return errors;
        return args;
      },
    },
    wss,
  );

  return {
    closeSession(sessionId: string, reason: string) {
      for (const socket of bySession.get(sessionId) ?? []) socket.close(SESSION_ENDED, reason);
    },
    async close() {
      for (const client of wss.clients) client.close(1001, 'Server shutting down');
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
    get clientCount() {
      return wss.clients.size;
    },
  };
}
