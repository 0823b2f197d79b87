import { objectRef } from '@lacewire/core';
import type { IAttachment } from './entities.ts';

/** The Attachment type: other plugins return it (`photos: [Attachment]`) or add fields to it. */
export const AttachmentRef = objectRef<IAttachment>('Attachment');
