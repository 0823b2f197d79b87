import type { IncomingMessage } from 'node:http';

/**
 * The client's address for rate limits: the socket's peer, or, behind `trustedProxyHops` reverse
 * proxies that each append the address they saw to X-Forwarded-For, the entry the outermost
 * trusted proxy appended. Entries further left are written by the client and never trusted.
 */
export function clientAddress(req: IncomingMessage | undefined, trustedProxyHops: number): string {
  const peer = req?.socket?.remoteAddress ?? 'unknown';
  if (trustedProxyHops <= 0) return peer;
  const header = req?.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  // With n trusted hops, the nearest n-1 entries are the proxies' own; the one before them is the client.
  return forwarded[forwarded.length - trustedProxyHops] ?? forwarded[0] ?? peer;
}
