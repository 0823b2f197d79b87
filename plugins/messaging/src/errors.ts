import { DomainError, globalId } from '@lacewire/core';

/** The viewer is not a member of the conversation (or may not see it at all). */
export class NotMemberError extends DomainError {
  override name = 'NotMember';
  /** The conversation's global id, as the schema field and `params` give it. */
  readonly conversationId: string;
  constructor(conversationId: string, message = 'You are not a member of this conversation.') {
    super(message);
    this.conversationId = globalId('Conversation', conversationId);
  }
}

export class TooLargeError extends DomainError {
  override name = 'TooLarge';
  readonly limit: number;
  constructor(message: string, limit: number) {
    super(message);
    this.limit = limit;
  }
}

export class TypeNotAllowedError extends DomainError {
  override name = 'TypeNotAllowed';
  readonly kind: string;
  constructor(kind: string, message = `Messages of kind "${kind}" are not allowed here.`) {
    super(message);
    this.kind = kind;
  }
}

export class RecallTooLateError extends DomainError {
  override name = 'RecallTooLate';
  readonly windowSeconds: number;
  constructor(windowSeconds: number) {
    super(`A message can only be recalled within ${windowSeconds / 60} minutes of sending.`);
    this.windowSeconds = windowSeconds;
  }
}
