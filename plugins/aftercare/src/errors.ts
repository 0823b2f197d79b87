import { DomainError } from '@lacewire/core';

export class InvalidComplaintTransitionError extends DomainError {
  override name = 'InvalidComplaintTransition';
  readonly from: string;
  readonly to: string;
  readonly allowed: string[];
  constructor(from: string, to: string, allowed: string[]) {
    super(`A complaint in "${from}" cannot move to "${to}" by you. Allowed: ${allowed.length ? allowed.join(', ') : 'none'}.`);
    this.from = from;
    this.to = to;
    this.allowed = allowed;
  }
}

export class AlreadyReviewedError extends DomainError {
  override name = 'AlreadyReviewed';
  constructor() {
    super('This order already has a review; there is one per order.');
  }
}
