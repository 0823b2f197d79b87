import { type Builder, defineErrorType } from '@lacewire/core';
import {
  ActiveOrderExistsError,
  AlreadyClaimedError,
  IntakePendingError,
  InvalidTransitionError,
  WorkNotApprovedError,
  WrongPickupCodeError,
} from '../errors.ts';

/** Care's typed errors; the ids they carry are global ids. */
export function careErrorTypes(builder: Builder) {
  defineErrorType(builder, InvalidTransitionError, {
    name: 'InvalidTransition',
    description: 'The order cannot move there from its current status; `allowed` lists where it can go.',
    fields: (t) => ({ from: t.exposeString('from'), to: t.exposeString('to'), allowed: t.exposeStringList('allowed') }),
  });
  defineErrorType(builder, WorkNotApprovedError, {
    name: 'WorkNotApproved',
    description: 'Work waits for the customer to approve a change request.',
    fields: (t) => ({
      changeRequestId: t.globalID({
        nullable: true,
        resolve: (e: WorkNotApprovedError) => (e.changeRequestId ? { type: 'ChangeRequest', id: e.changeRequestId } : null),
      }),
    }),
  });
  defineErrorType(builder, ActiveOrderExistsError, {
    name: 'ActiveOrderExists',
    description: 'The pair already has an active work order (`orderId`); a pair has at most one.',
    fields: (t) => ({ orderId: t.globalID({ resolve: (e: ActiveOrderExistsError) => ({ type: 'WorkOrder', id: e.orderId }) }) }),
  });
  defineErrorType(builder, IntakePendingError, {
    name: 'IntakePending',
    description: "The customer's check-in opened `orderId`, which waits for intake: complete it with completeIntake.",
    fields: (t) => ({ orderId: t.globalID({ resolve: (e: IntakePendingError) => ({ type: 'WorkOrder', id: e.orderId }) }) }),
  });
  defineErrorType(builder, WrongPickupCodeError, {
    name: 'WrongPickupCode',
    description: 'The pickup code or QR does not match.',
  });
  defineErrorType(builder, AlreadyClaimedError, {
    name: 'AlreadyClaimed',
    description: 'Another technician claimed the order first.',
    fields: (t) => ({
      technicianId: t.globalID({ resolve: (e: AlreadyClaimedError) => ({ type: 'Account', id: e.technicianId }) }),
    }),
  });
}
