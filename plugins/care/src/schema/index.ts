import type { Builder, PluginEnvironment } from '@lacewire/core';
import { changeMutations } from './change-mutations.ts';
import { careErrorTypes } from './errors.ts';
import { frontDeskSchema } from './front-desk.ts';
import { careInputs } from './inputs.ts';
import { intakeMutations } from './intake.ts';
import { orderEditMutations } from './order-edits.ts';
import { orderQueries } from './order-queries.ts';
import { pickupMutation } from './pickup.ts';
import { poolSchema } from './pool.ts';
import { settingsSchema } from './settings.ts';
import { stepMutations } from './step-mutations.ts';
import { stepNodes } from './step-nodes.ts';
import { careSubscriptions } from './subscriptions.ts';
import { careValueTypes } from './types.ts';
import { timelineType, workOrderNode } from './work-order.ts';

/** Care's slice of the schema; links to customers and the catalog only where they are installed. */
export function careSchema(builder: Builder, env: PluginEnvironment) {
  careErrorTypes(builder);
  const types = careValueTypes(builder);
  const Timeline = timelineType(builder, types);
  workOrderNode(builder, env, types, Timeline);
  stepNodes(builder, types);
  orderQueries(builder, env, Timeline);
  if (env.has('customers')) frontDeskSchema(builder);
  settingsSchema(builder, types);
  const inputs = careInputs(builder, env, types);
  intakeMutations(builder, env, inputs);
  orderEditMutations(builder, inputs);
  stepMutations(builder, env, inputs);
  changeMutations(builder, inputs);
  pickupMutation(builder);
  poolSchema(builder, types);
  careSubscriptions(builder);
}
