import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { YogaServerInstance } from 'graphql-yoga';
import type { Context } from '../context.ts';
import type { PluginDefinition } from '../plugin.ts';
import type { Runtime } from '../runtime.ts';
import { readBody, takeBody } from './body.ts';
import type { Drain } from './drain.ts';
import { readiness, sendJson } from './health.ts';
import type { HttpRoute } from './route.ts';
import type { Limits } from './security.ts';

interface RequestDeps {
  runtime: Runtime;
  plugins: PluginDefinition[];
  yoga: YogaServerInstance<any, Context>;
  routes: HttpRoute[];
  drain: Drain;
  limits: Limits;
  /** A connection for the readiness check outside any request budget. */
  readinessEm: () => EntityManager;
}

/** Routes one HTTP request: health, then (unless draining) GraphQL, plugin routes, GraphiQL. */
export function requestHandler({ runtime, plugins, yoga, routes, drain, limits, readinessEm }: RequestDeps) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    // Liveness (and the older /health): the process answers. Readiness: see http/health.ts.
    if (path === '/healthz' || path === '/health') return sendJson(res, 200, { status: 'ok' });
    if (path === '/readyz') {
      const { ready, checks } = await readiness(runtime, plugins, readinessEm, drain.draining);
      return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable', ...checks });
    }
    if (!drain.admit(req, res)) return;
    if (path === yoga.graphqlEndpoint) {
      if (await takeBody(req, res, limits.maxBodyBytes)) await yoga(req, res);
      return;
    }
    // Apps and webhooks; the longest matching prefix wins.
    const route = routes.filter((r) => path.startsWith(r.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
    if (route) return serveRoute(route, req, res, route.maxBodyBytes ?? limits.maxBodyBytes);
    return yoga(req, res);
  };
}

/** A route gets its request with the body already read, within its limit (before any signature check). */
async function serveRoute(route: HttpRoute, req: IncomingMessage, res: ServerResponse, maxBodyBytes: number) {
  const hasBody = !['GET', 'HEAD'].includes(req.method ?? 'GET');
  const body = hasBody ? await readBody(req, res, maxBodyBytes) : undefined;
  if (body === null) return;
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  const request = new Request(url, {
    method: req.method,
    headers: req.headers as Record<string, string>,
    body: body as Uint8Array<ArrayBuffer> | undefined,
  });
  const response = (await route.handle(request)) ?? new Response('Not found', { status: 404 });
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}
