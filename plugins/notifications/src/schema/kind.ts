import type { Builder } from '@lacewire/core';
import { NOTIFICATION_KINDS } from '../kinds.ts';

export function kindEnum(builder: Builder) {
  return builder.enumType('NotificationKind', {
    description: 'A business moment the customer hears about in their conversation with the store.',
    values: NOTIFICATION_KINDS,
  });
}

export type KindEnum = ReturnType<typeof kindEnum>;
