import {
  type Builder,
  defineErrorType,
  hasStoreRole,
  InvalidInputError,
  idempotencyKeyInput,
  NotAllowedError,
  replayableEntity,
} from '@lacewire/core';
import { StoreRef } from '@lacewire/plugin-stores';
import { GraphQLScalarType } from 'graphql';
import { Attachment, type AttachmentKind } from './entities.ts';
import { FileTooLargeError, UnsupportedFileTypeError } from './errors.ts';
import { AttachmentRef } from './refs.ts';
import { attachmentsByIds, canSeeAttachment, createAttachment, filesConfig, signedUrl } from './services.ts';

/** A file sent with the GraphQL multipart request spec (graphql-yoga parses it into a web File). */
export interface UploadedFile {
  name: string;
  size: number;
  type: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export const FileScalar = new GraphQLScalarType({
  name: 'File',
  description: 'A file uploaded with the GraphQL multipart request spec. Input only.',
  serialize: () => {
    throw new Error('File is an input-only scalar.');
  },
});

const uploaded = replayableEntity('Attachment', Attachment);

export function filesSchema(builder: Builder) {
  builder.addScalarType('File' as never, FileScalar as never);

  const Kind = builder.enumType('AttachmentKind', { values: ['image', 'video', 'audio', 'file'] as const });
  const Variant = builder.enumType('AttachmentVariant', { values: ['original', 'thumbnail'] as const });

  defineErrorType(builder, FileTooLargeError, {
    name: 'FileTooLarge',
    description: 'The upload is larger than allowed for its kind; nothing was stored.',
    fields: (t) => ({ maxBytes: t.exposeInt('maxBytes'), byteSize: t.exposeInt('byteSize') }),
  });
  defineErrorType(builder, UnsupportedFileTypeError, {
    name: 'UnsupportedFileType',
    description: "The upload's content (sniffed from its bytes, not its name) is not accepted; nothing was stored.",
    fields: (t) => ({
      detectedType: t.exposeString('detectedType', { nullable: true }),
      allowedTypes: t.exposeStringList('allowedTypes'),
    }),
  });

  builder.node(AttachmentRef, {
    description:
      'An uploaded image, video, voice clip or document. Bytes are fetched through `url`: a signed link for the viewer that expires (see `urlExpiresAt`).',
    id: { resolve: (a) => a.id },
    loadMany: async (ids, ctx) => {
      const found = await attachmentsByIds(ctx.em, ids);
      return found.map((a) => (a && canSeeAttachment(ctx.viewer, a) ? a : null));
    },
    fields: (t) => ({
      kind: t.field({ type: Kind, resolve: (a) => a.kind }),
      contentType: t.exposeString('contentType', { description: 'Sniffed from the content.' }),
      byteSize: t.exposeInt('byteSize'),
      fileName: t.exposeString('fileName'),
      width: t.exposeInt('width', { nullable: true }),
      height: t.exposeInt('height', { nullable: true }),
      createdAt: t.field({ type: 'DateTime', resolve: (a) => a.createdAt }),
      url: t.string({
        description: 'Signed download link for the viewer; fetch it before `urlExpiresAt`.',
        args: { variant: t.arg({ type: Variant, required: false }) },
        nullable: true,
        resolve: (a, args, ctx) => {
          if (!ctx.viewer) return null;
          if (args.variant === 'thumbnail' && !a.thumbnailKey) return null;
          return signedUrl(ctx.runtime, a, ctx.viewer.accountId, { variant: args.variant ?? 'original' }).url;
        },
      }),
      thumbnailUrl: t.string({
        description: 'Signed link to a small WebP preview (images only).',
        nullable: true,
        resolve: (a, _args, ctx) =>
          ctx.viewer && a.thumbnailKey ? signedUrl(ctx.runtime, a, ctx.viewer.accountId, { variant: 'thumbnail' }).url : null,
      }),
      urlExpiresAt: t.field({
        type: 'DateTime',
        resolve: (_a, _args, ctx) => new Date(Date.now() + filesConfig(ctx.runtime).urlTtlSeconds * 1000),
      }),
    }),
  });

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
        const storeId = (input.storeId as { id: string } | null | undefined)?.id ?? null;
        // Staff upload for a store they work in; a customer may share their own file with any store.
        if (storeId && !viewer.customerId && !hasStoreRole(viewer, storeId)) throw new NotAllowedError();
        const file = input.file as unknown as UploadedFile | null;
        if (!file || typeof file.arrayBuffer !== 'function')
          throw new InvalidInputError('Send the file as a multipart upload.', 'file');
        const config = filesConfig(ctx.runtime);
        const kinds = (input.kinds ?? undefined) as AttachmentKind[] | undefined;
        const largest = Math.max(
          ...Object.entries(config.maxBytes)
            .filter(([k]) => !kinds || kinds.includes(k as AttachmentKind))
            .map(([, v]) => v),
        );
        // Refuse before reading the bytes when the declared size already says no.
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
