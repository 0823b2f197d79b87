import type { EntityManager } from '@mikro-orm/postgresql';
import type { MessageInput } from './messages.ts';
import type { ConversationRow } from './rows.ts';

/**
 * Attachments are stored by the files plugin; a message keeps only the attachment id.
 * Until the files plugin is installed the id is accepted as is.
 */
export async function checkAttachment(_em: EntityManager, _conversation: ConversationRow, _input: MessageInput): Promise<void> {}
