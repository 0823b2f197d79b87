import type { JobHandler } from '@lacewire/core';
import { ringTimeout } from './calls.ts';
import { runPush, sweepPushes } from './push/worker.ts';
import { agoraState } from './state.ts';

export const agoraJobs: Record<string, JobHandler> = {
  push: (payload, ctx) => {
    const { config, limiter } = agoraState.of(ctx.runtime);
    return runPush(String(payload.pushId), ctx, config, limiter);
  },
  sweep: (_payload, ctx) => sweepPushes(ctx),
  ringTimeout: (payload, ctx) => ctx.tx((tx) => ringTimeout(tx, String(payload.callId), agoraState.of(ctx.runtime).hooks)),
};
