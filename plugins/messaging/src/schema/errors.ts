import { type Builder, defineErrorType, InvalidInputError, NotAllowedError, type Viewer } from '@lacewire/core';
import { NotMemberError, RecallTooLateError, TooLargeError, TypeNotAllowedError } from '../errors.ts';

/** The errors of operations on a conversation the viewer names. */
export const conversationErrors = { types: [NotMemberError, NotAllowedError, InvalidInputError] };

/** The viewer of an operation that needs one. */
export function signedIn(viewer: Viewer | null): Viewer {
  if (!viewer) throw new NotAllowedError('Sign in first.');
  return viewer;
}

export function messagingErrorTypes(builder: Builder) {
  defineErrorType(builder, NotMemberError, {
    name: 'NotMember',
    description: 'The viewer is not a member of the conversation (join it first, or it is not theirs).',
    fields: (t) => ({ conversationId: t.exposeID('conversationId') }),
  });
  defineErrorType(builder, TooLargeError, {
    name: 'TooLarge',
    description: 'The message or attachment is over the limit (characters, seconds or bytes).',
    fields: (t) => ({ limit: t.exposeInt('limit') }),
  });
  defineErrorType(builder, TypeNotAllowedError, {
    name: 'TypeNotAllowed',
    description: 'This kind of message may not be sent here by the viewer.',
    fields: (t) => ({ kind: t.exposeString('kind') }),
  });
  defineErrorType(builder, RecallTooLateError, {
    name: 'RecallTooLate',
    description: 'The recall window (2 minutes after sending) has passed.',
    fields: (t) => ({ windowSeconds: t.exposeInt('windowSeconds') }),
  });
}
