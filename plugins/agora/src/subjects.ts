import type { IAgoraCall } from './entities.ts';

/** The schema type of what a call is about (owned by messaging and care, both optional here). */
export const SUBJECT_TYPES: Record<IAgoraCall['subjectKind'], string> = { conversation: 'Conversation', order: 'WorkOrder' };
