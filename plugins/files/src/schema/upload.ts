import {
  type Builder,
  hasStoreRole,
  InvalidInputError,
  idempotencyKeyInput,
  NotAllowedError,
  replayableEntity,
} from '@lacewire/core';
import { StoreRef } from '@lacewire/plugin-stores';
import { largestAccepted } from '../config.ts';
import { Attachment } from '../entities.ts';
import { FileTooLargeError, UnsupportedFileTypeError } from '../errors.ts';
import { AttachmentRef } from '../refs.ts';
import { createAttachment } from '../services.ts';
import { filesState } from '../state.ts';
import type { attachmentTypes } from './attachment.ts';

/** A file sent with the GraphQL multipart request spec (graphql-yoga parses it into a web File). */
export interface UploadedFile {
  name: string;
  size: number;
  type: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const uploaded = replayableEntity('Attachment', Attachment);

/** `uploadAttachment`: one file per multipart request, checked on its content. */
export function uploadMutation(builder: Builder, { Kind }: ReturnType<typeof attachmentTypes>) {
  builder.mutationField('uploadAttachment', (t) =>
    t.field({
      type: AttachmentRef,
      description:
        "Uploads one file (multipart request). Size and type are checked on the content. The file is private to the uploader (and the store's staff when `storeId` is given) until it is attached to an order, message, review…",
      errors: { types: [FileTooLargeError, UnsupportedFileTypeError] },
      authScopes: { signedIn: true },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('UploadAttachmentInput', {
            fields: (f) => ({
              file: f.field({ type: 'File' as never, required: true }),
              storeId: f.globalID({ for: StoreRef, required: false, description: 'The store whose staff may see it.' }),
              kinds: f.field({
                type: [Kind],
                required: false,
                description: 'Accept only these kinds (e.g. [image] for a photo).',
              }),
              ...idempotencyKeyInput(f),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const viewer = ctx.viewer;
        if (!viewer) throw new NotAllowedError();
        const storeId = input.storeId?.id ?? null;
        // Staff upload for a store they work in; a customer may share their own file with any store.
        if (storeId && !viewer.customerId && !hasStoreRole(viewer, storeId)) throw new NotAllowedError();
        const file = input.file as unknown as UploadedFile | null;
        if (!file || typeof file.arrayBuffer !== 'function')
          throw new InvalidInputError('Send the file as a multipart upload.', 'file');
        const kinds = input.kinds ?? undefined;
        // Refuse before reading the bytes when the declared size already says no.
        const largest = largestAccepted(filesState.of(ctx.runtime), kinds);
        if (file.size > largest) throw new FileTooLargeError(file.size, largest);
        const data = new Uint8Array(await file.arrayBuffer());
        return ctx.tx((tx) =>
          tx.once({ operation: 'uploadAttachment', key: input.idempotencyKey, result: uploaded }, () =>
            createAttachment(ctx.runtime, tx, { data, fileName: file.name, uploadedBy: viewer.accountId, storeId, kinds }),
          ),
        );
      },
    }),
  );
}
