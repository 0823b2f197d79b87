import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxTokens: number;
  /** Largest accepted request body in bytes (uploads have their own limit). */
  maxBodyBytes: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxDepth: 12,
  maxAliases: 15,
  maxCost: 5000,
  maxTokens: 2000,
  maxBodyBytes: 1_000_000,
};

export const CSRF_HEADER = 'x-lacewire-csrf';

/** The baseline every deployment gets; `production` also hides the schema. */
export function securityPlugins(limits: Limits, production: boolean): Plugin[] {
  const plugins: Plugin[] = [
    bodyLimit(limits.maxBodyBytes),
    useCSRFPrevention({ requestHeaders: [CSRF_HEADER, 'authorization'] }),
    maxDepthPlugin({ n: limits.maxDepth, exposeLimits: true, flattenFragments: true }) as Plugin,
    maxAliasesPlugin({ n: limits.maxAliases, exposeLimits: true }) as Plugin,
    costLimitPlugin({ maxCost: limits.maxCost, exposeLimits: true }) as Plugin,
    maxTokensPlugin({ n: limits.maxTokens, exposeLimits: true }) as Plugin,
  ];
  if (production) plugins.push(useDisableIntrospection());
  return plugins;
}

/** Refuses oversized bodies before they are read (declared length) or parsed. */
function bodyLimit(maxBytes: number): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = Number(request.headers.get('content-length') ?? 0);
      const isMultipart = request.headers.get('content-type')?.startsWith('multipart/form-data');
      if (!isMultipart && length > maxBytes) {
        const error = createGraphQLError(`Request body is ${length} bytes; the limit is ${maxBytes}.`, {
          extensions: { code: 'REQUEST_TOO_LARGE' },
        });
        endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [error.toJSON()] }), {
            status: 413,
            headers: { 'content-type': 'application/json' },
          }),
        );
      }
    },
  };
}
