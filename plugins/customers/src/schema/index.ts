import type { Builder } from '@lacewire/core';
import { customerSchema } from './customer.ts';
import { customerSubscription } from './live.ts';
import { noteSchema } from './note.ts';
import { profileMutations } from './profile.ts';
import { shoeSchema } from './shoe.ts';
import { tierSchema } from './tier.ts';

export function customersSchema(builder: Builder) {
  tierSchema(builder);
  noteSchema(builder);
  shoeSchema(builder);
  customerSchema(builder);
  profileMutations(builder);
  customerSubscription(builder);
}
