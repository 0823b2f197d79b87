/**
 * CPU time from /proc (Linux): of one process, and of every PostgreSQL process together. What a
 * request costs in CPU is far steadier than requests/s on a shared, noisy machine.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

function stat(pid: number | string): { comm: string; ms: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // comm is in parentheses and may hold spaces; the fields after it are space-separated.
    const comm = text.slice(text.indexOf('(') + 1, text.lastIndexOf(')'));
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after comm and state.
    return { comm, ms: ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

export function processCpuMs(pid: number): number {
  return stat(pid)?.ms ?? Number.NaN;
}

/** CPU of every `postgres` process by pid (backends of both servers, background workers). */
export function postgresCpu(): Map<string, number> {
  const byPid = new Map<string, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const found = stat(entry);
    if (found?.comm === 'postgres') byPid.set(entry, found.ms);
  }
  return byPid;
}

/** PostgreSQL's CPU since `before`: processes that started since count whole; one that ended is missed. */
export function postgresCpuSince(before: Map<string, number>): number {
  let total = 0;
  for (const [pid, ms] of postgresCpu()) total += ms - (before.get(pid) ?? 0);
  return total;
}
