import { Client, cacheExchange, fetchExchange, subscriptionExchange } from '@urql/core';
import { authHeaders } from './session.ts';
import { graphqlUrl, wsClient } from './realtime.ts';

/** The urql client: queries and mutations over HTTP (Bearer + CSRF header), subscriptions over graphql-ws. */
export function createPortalClient(): Client {
  return new Client({
    url: graphqlUrl(),
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({
            unsubscribe: wsClient().subscribe({ ...request, query: request.query ?? '' }, sink as never),
          }),
        }),
      }),
    ],
    fetchOptions: () => ({ headers: authHeaders() }),
    requestPolicy: 'cache-and-network',
  });
}
