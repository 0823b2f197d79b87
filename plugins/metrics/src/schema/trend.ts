import type { Builder } from '@lacewire/core';
import type { ReportRefs } from './report.ts';
import type { ReportShape } from './shapes.ts';

const previousOf = (r: ReportShape): ReportShape => {
  const length = r.to.getTime() - r.from.getTime();
  const back = (d: Date) => new Date(d.getTime() - length);
  return {
    ...r,
    from: back(r.from),
    to: back(r.to),
    windows: r.windows.map((w) => ({ ...w, from: back(w.from), to: back(w.to) })),
  };
};

/** `previous`: the same report one period earlier, for trends (this period against the one before). */
export function trendSchema(builder: Builder, { ReportRef }: ReportRefs) {
  builder.objectField(ReportRef, 'previous', (t) =>
    t.field({
      type: ReportRef,
      description:
        'The same stores over the period just before this one, as long as it (each window moved back by the length of the period): compare `total` with `previous { total }` for a trend.',
      resolve: previousOf,
    }),
  );
}
