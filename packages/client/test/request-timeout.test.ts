import { createServer } from 'node:http';
import { expect, it } from 'vitest';
import { createLacewire, loadErrorKind } from '../src/index.ts';

it('a request the server never answers fails at the client deadline as a timeout, instead of spinning', async () => {
  // A server that takes the request and never answers (a stuck instance, a dead proxy).
  const server = createServer(() => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const lw = createLacewire({ url: `http://127.0.0.1:${port}/graphql`, requestTimeoutMs: 300 });
  try {
    const started = Date.now();
    const result = await lw.client.query('{ __typename }', {}).toPromise();
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(result.error && loadErrorKind(result.error)).toBe('timeout');
  } finally {
    lw.sockets.dispose();
    server.closeAllConnections();
    server.close();
  }
});
