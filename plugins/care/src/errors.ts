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
