import { timingSafeEqual } from 'node:crypto';
import { bearerToken, type HttpRoute, type Runtime } from '@lacewire/core';
import { metricsState } from './state.ts';

export const METRICS_PATH = '/metrics';

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** GET /metrics in the Prometheus text format, for `Authorization: Bearer <METRICS_TOKEN>`. */
export function metricsRoute(runtime: Runtime): HttpRoute {
  const { config, instrumentation } = metricsState.of(runtime);
  return {
    prefix: METRICS_PATH,
    async handle(request) {
      if (new URL(request.url).pathname !== METRICS_PATH || !config.token) return null;
      const token = bearerToken(request.headers.get('authorization'));
      if (!token || !sameToken(token, config.token)) {
        return new Response('Bearer token required (METRICS_TOKEN).\n', {
          status: 401,
          headers: { 'www-authenticate': 'Bearer realm="metrics"', 'content-type': 'text/plain' },
        });
      }
      const { registry } = instrumentation;
      return new Response(await registry.metrics(), { headers: { 'content-type': registry.contentType } });
    },
  };
}
