import { objectRef } from '@lacewire/core';
import type { IAcceptance, IComplaint, IFollowUpTask, IReview } from './entities.ts';

export const AcceptanceRef = objectRef<IAcceptance>('Acceptance');
export const ReviewRef = objectRef<IReview>('Review');
export const ComplaintRef = objectRef<IComplaint>('Complaint');
export const FollowUpTaskRef = objectRef<IFollowUpTask>('FollowUpTask');
