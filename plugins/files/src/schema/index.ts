import type { Builder } from '@lacewire/core';
import { attachmentTypes } from './attachment.ts';
import { uploadMutation } from './upload.ts';

export function filesSchema(builder: Builder) {
  uploadMutation(builder, attachmentTypes(builder));
}
