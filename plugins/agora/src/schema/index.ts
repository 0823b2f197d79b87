import type { Builder } from '@lacewire/core';
import { callMutations } from './call-mutations.ts';
import { callTypes } from './calls.ts';
import { pushSchema } from './push.ts';
import { sessionSchema } from './session.ts';

export function agoraSchema(builder: Builder) {
  sessionSchema(builder);
  pushSchema(builder);
  callMutations(builder, callTypes(builder));
}
