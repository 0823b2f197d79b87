import type { Builder } from '@lacewire/core';
import type { MessagingConfig } from '../config.ts';
import type { SendLimiter } from '../services/messages.ts';
import { messagingOperations } from './operations.ts';
import { messagingSubscription } from './subscription.ts';
import { messagingTypes } from './types.ts';

export function messagingSchema(builder: Builder, config: MessagingConfig, limiter: SendLimiter) {
  const types = messagingTypes(builder);
  messagingOperations(builder, config, limiter, types);
  messagingSubscription(builder, types);
}
