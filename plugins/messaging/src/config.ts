import { defineRequestClass, type RateLimit } from '@lacewire/core';

/** Limits and windows of the messaging plugin; every field has a production default. */
export interface MessagingConfig {
  /** Longest text body, in characters (TooLarge beyond). */
  maxTextLength: number;
  /** Longest voice message, in seconds (TooLarge beyond). */
  maxVoiceSeconds: number;
  /** How long after sending the sender may recall a message. */
  recallWindowSeconds: number;
  /** Sends per account within a fixed window of `perSeconds` before RateLimited (counted in PostgreSQL: across instances). */
  sendLimit: { count: number; perSeconds: number };
  /** At most one business-hours auto-reply per conversation within this many hours. */
  autoReplyEveryHours: number;
  /** Largest attachment per message kind, in bytes (the files plugin has its own upload limits). */
  maxAttachmentBytes: { image: number; voice: number; file: number };
}

export const DEFAULT_MESSAGING_CONFIG: MessagingConfig = {
  maxTextLength: 4000,
  maxVoiceSeconds: 60,
  recallWindowSeconds: 120,
  sendLimit: { count: 30, perSeconds: 10 },
  autoReplyEveryHours: 6,
  maxAttachmentBytes: { image: 10 * 1024 * 1024, voice: 5 * 1024 * 1024, file: 50 * 1024 * 1024 },
};

/** The send limit as core's rate-limit counter (rate-limit.ts). */
export function sendLimitOf(config: MessagingConfig): RateLimit {
  return { name: 'messaging.send', points: config.sendLimit.count, windowSeconds: config.sendLimit.perSeconds };
}

/**
 * Message sends: a request class with its own share of the connection pool (`sendMessage` names
 * it), and a few at a time per conversation (`perKey`), the rest waiting in memory: a burst in one
 * conversation queues behind itself instead of filling the group commit's batches and the pool
 * that every other conversation needs.
 */
export const MESSAGE_SENDS = defineRequestClass({ name: 'messageSends', share: 0.3, perKey: 4, maxWaitMs: 5_000 });
