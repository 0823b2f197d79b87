import { DomainError } from '@lacewire/core';

export class InvalidTransitionError extends DomainError {
  override name = 'InvalidTransition';
  readonly from: string;
  readonly to: string;
  readonly allowed: string[];
  constructor(from: string, to: string, allowed: string[], hint?: string) {
    super(
      `An order in "${from}" cannot move to "${to}". Allowed: ${allowed.length ? allowed.join(', ') : 'none'}.${hint ? ` ${hint}` : ''}`,
    );
    this.from = from;
    this.to = to;
    this.allowed = allowed;
  }
}

export class WorkNotApprovedError extends DomainError {
  override name = 'WorkNotApproved';
  readonly changeRequestId: string | null;
  constructor(message: string, changeRequestId: string | null) {
    super(message);
    this.changeRequestId = changeRequestId;
  }
}

export class WrongPickupCodeError extends DomainError {
  override name = 'WrongPickupCode';
  constructor() {
    super('The pickup code or QR does not match this order. Nothing was changed.');
  }
}

/** The pair is already in the shop on another order (at most one active order per pair). */
export class ActiveOrderExistsError extends DomainError {
  override name = 'ActiveOrderExists';
  readonly orderId: string;
  constructor(orderId: string) {
    super('This pair already has an active work order; open it instead of a second one. Nothing was changed.');
    this.orderId = orderId;
  }
}

/** The customer's check-in opened an order that still waits for intake: complete that one. */
export class IntakePendingError extends DomainError {
  override name = 'IntakePending';
  readonly orderId: string;
  constructor(orderId: string) {
    super('The order opened at check-in waits for intake: complete it (completeIntake) instead of opening another.');
    this.orderId = orderId;
  }
}

/** Another technician claimed the order first. */
export class AlreadyClaimedError extends DomainError {
  override name = 'AlreadyClaimed';
  readonly technicianId: string;
  constructor(technicianId: string) {
    super('Another technician has already claimed this order. Nothing was changed.');
    this.technicianId = technicianId;
  }
}
