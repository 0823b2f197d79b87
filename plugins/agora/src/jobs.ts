import type { JobHandler } from '@lacewire/core';
import { type CallHooks, ringTimeout } from './calls.ts';
import type { AgoraConfig } from './config.ts';
import type { PushLimiter } from './push/limiter.ts';
import { runPush, sweepPushes } from './push/worker.ts';

export function agoraJobs(config: AgoraConfig, hooks: CallHooks, limiter: PushLimiter): Record<string, JobHandler> {
  return {
    push: (payload, ctx) => runPush(String(payload.pushId), ctx, config, limiter),
    sweep: (_payload, ctx) => sweepPushes(ctx),
    ringTimeout: (payload, ctx) => ctx.tx((tx) => ringTimeout(tx, String(payload.callId), hooks)),
  };
}
