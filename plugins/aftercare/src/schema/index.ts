import type { Builder, PluginEnvironment } from '@lacewire/core';
import { acceptanceTypes } from './acceptance.ts';
import { acceptanceMutations } from './acceptance-mutations.ts';
import { assignmentSchema } from './assignment.ts';
import { complaintEnums, complaintQueries, complaintTypes } from './complaint.ts';
import { complaintMutations } from './complaint-mutations.ts';
import { customerHistorySchema } from './customer-history.ts';
import { aftercareErrorTypes } from './errors.ts';
import { followUpSchema } from './follow-up.ts';
import { aftercareSubscriptions } from './live.ts';
import { personType } from './person.ts';
import { rebookSchema } from './rebook.ts';
import { reviewMutations, reviewTypes } from './review.ts';
import { settingsSchema } from './settings.ts';

export function aftercareSchema(builder: Builder, env: PluginEnvironment) {
  aftercareErrorTypes(builder);
  const Person = personType(builder);
  assignmentSchema(builder, Person);
  acceptanceTypes(builder);
  reviewTypes(builder, Person);
  const enums = complaintEnums(builder);
  complaintTypes(builder, Person, enums);
  followUpSchema(builder);
  settingsSchema(builder, enums);
  complaintQueries(builder, enums);
  acceptanceMutations(builder);
  reviewMutations(builder);
  complaintMutations(builder, enums);
  aftercareSubscriptions(builder);
  // With customers: a customer's complaints on their profile; with appointments (which needs
  // customers and catalog): booking the same services again in one step.
  if (env.has('customers')) customerHistorySchema(builder);
  if (env.has('appointments')) rebookSchema(builder);
}
