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

export function cpuProbeMs(): number {
  const started = performance.now();
  let length = 0;
  for (let i = 0; i < 200; i++) length += JSON.stringify({ data: { workOrders: rows, i } }).length;
  if (length === 0) throw new Error('unreachable');
  return performance.now() - started;
}

/** Load average and CPU probe, for a run's header. */
export function machineNow(loadavg: number[]): string {
  return `load average ${loadavg.map((v) => v.toFixed(1)).join(' ')}, CPU probe ${cpuProbeMs().toFixed(0)} ms`;
}
