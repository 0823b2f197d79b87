import type { Builder } from '@lacewire/core';
import { sessionFields } from './session.ts';
import { signInMutations } from './sign-in.ts';
import { identityTypes } from './types.ts';

export function identitySchema(builder: Builder) {
  const types = identityTypes(builder);
  signInMutations(builder, types);
  sessionFields(builder);
}
