import { type Builder, defineErrorType } from '@lacewire/core';
import { AlreadyReviewedError, InvalidComplaintTransitionError } from '../errors.ts';

export function aftercareErrorTypes(builder: Builder) {
  defineErrorType(builder, InvalidComplaintTransitionError, {
    name: 'InvalidComplaintTransition',
    description: 'The complaint cannot move there (by this viewer); `allowed` lists where it can.',
    fields: (t) => ({ from: t.exposeString('from'), to: t.exposeString('to'), allowed: t.exposeStringList('allowed') }),
  });
  defineErrorType(builder, AlreadyReviewedError, { name: 'AlreadyReviewed', description: 'There is one review per order.' });
}
