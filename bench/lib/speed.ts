/**
 * How fast the machine runs right now: the time of a fixed piece of work (JSON of a board-sized
 * result, 200 times). Shared machines slow down and speed up from minute to minute; a figure is
 * comparable with another run's only at a similar probe (lower is faster).
 */
const rows = Array.from({ length: 105 }, (_, i) => ({
  id: `V29ya09yZGVyOjEyMzQ1Njc4LTEyMzQtMTIzNC0xMjM0LTEyMzQ1Njc4OTAx${i}`,
  tagNumber: `JA-${i}`,
  status: 'cleaning',
  customerName: '王先生',
  promisedAt: '2026-12-05T03:04:05.006Z',
  technician: { displayName: '技师小李' },
}));

function work(times: number): number {
  let length = 0;
  for (let i = 0; i < times; i++) length += JSON.stringify({ data: { workOrders: rows, i } }).length;
  return length;
}

export function cpuProbeMs(): number {
  work(20); // compiled first, so the timing is the machine's, not the JIT's
  const started = performance.now();
  if (work(200) === 0) throw new Error('unreachable');
  return performance.now() - started;
}

/** Load average and CPU probe, for a run's header. */
export function machineNow(loadavg: number[]): string {
  return `load average ${loadavg.map((v) => v.toFixed(1)).join(' ')}, CPU probe ${cpuProbeMs().toFixed(0)} ms`;
}
