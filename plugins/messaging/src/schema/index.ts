import type { Builder } from '@lacewire/core';
import type { MessagingConfig } from '../config.ts';
import { messagingOperations } from './operations.ts';
import { messagingSubscription } from './subscription.ts';
import { messagingTypes } from './types.ts';

export function messagingSchema(builder: Builder, config: MessagingConfig) {
  const types = messagingTypes(builder);
  messagingOperations(builder, config, types);
  messagingSubscription(builder, types);
}
