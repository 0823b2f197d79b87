import type { Builder } from '@lacewire/core';
import { kindEnum } from './kind.ts';
import { preferenceSchema } from './preferences.ts';
import { quietHoursSchema } from './quiet-hours.ts';
import { templateSchema } from './templates.ts';

export function notificationsSchema(builder: Builder) {
  const Kind = kindEnum(builder);
  templateSchema(builder, Kind);
  preferenceSchema(builder, Kind);
  quietHoursSchema(builder);
}
