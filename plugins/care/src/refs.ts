import { objectRef } from '@lacewire/core';
import type { ICareStep, IChangeRequest, IWorkOrder } from './entities.ts';

/** Types other plugins return or extend (aftercare adds `WorkOrder.acceptances`, …). */
export const WorkOrderRef = objectRef<IWorkOrder>('WorkOrder');
export const CareStepRef = objectRef<ICareStep>('CareStep');
export const ChangeRequestRef = objectRef<IChangeRequest>('ChangeRequest');
