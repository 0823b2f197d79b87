import { type Builder, defineErrorType } from '@lacewire/core';
import { GraphQLScalarType } from 'graphql';
import { FileTooLargeError, UnsupportedFileTypeError } from '../errors.ts';
import { AttachmentRef } from '../refs.ts';
import { attachmentsByIds, canSeeAttachment, signedUrl } from '../services.ts';
import { filesState } from '../state.ts';

export const FileScalar = new GraphQLScalarType({
  name: 'File',
  description: 'A file uploaded with the GraphQL multipart request spec. Input only.',
  serialize: () => {
    throw new Error('File is an input-only scalar.');
  },
});

/** The Attachment node with its signed links, and the refusals an upload can meet. */
export function attachmentTypes(builder: Builder) {
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
        resolve: (_a, _args, ctx) => new Date(Date.now() + filesState.of(ctx.runtime).urlTtlSeconds * 1000),
      }),
    }),
  });

  return { Kind };
}
