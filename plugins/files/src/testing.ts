import { CSRF_HEADER } from '@lacewire/core';
import sharp from 'sharp';

/** Test helpers for plugins that take attachments (no dependency on vitest). */

export interface UploadTarget {
  url: string;
  token: string | null;
}

/** Sends `uploadAttachment` as a GraphQL multipart request, as a browser would. */
export async function uploadFile(
  client: UploadTarget,
  file: { data: Uint8Array; name: string; type?: string },
  input: { storeId?: string; kinds?: string[] } = {},
): Promise<any> {
  const query = `mutation($input: UploadAttachmentInput!) { uploadAttachment(input: $input) {
      __typename
      ... on Attachment { id kind contentType byteSize fileName width height url thumbnailUrl }
      ... on FileTooLarge { message maxBytes byteSize }
      ... on UnsupportedFileType { message detectedType }
      ... on Error { message }
    } }`;
  const form = new FormData();
  form.set('operations', JSON.stringify({ query, variables: { input: { ...input, file: null } } }));
  form.set('map', JSON.stringify({ 0: ['variables.input.file'] }));
  form.set('0', new Blob([file.data as Uint8Array<ArrayBuffer>], { type: file.type ?? 'application/octet-stream' }), file.name);
  const response = await fetch(client.url, {
    method: 'POST',
    headers: { [CSRF_HEADER]: '1', ...(client.token ? { authorization: `Bearer ${client.token}` } : {}) },
    body: form,
  });
  const body = (await response.json()) as { data?: { uploadAttachment: any }; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL errors: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data?.uploadAttachment;
}

/** Uploads a generated photo and returns its attachment id; throws when refused. */
export async function uploadPhoto(client: UploadTarget, storeId?: string, colour = '#b33'): Promise<string> {
  const result = await uploadFile(client, { data: await testImage(colour), name: 'photo.jpg', type: 'image/jpeg' }, { storeId });
  if (result.__typename !== 'Attachment') throw new Error(`upload refused: ${JSON.stringify(result)}`);
  return result.id;
}

/** A small real JPEG. */
export async function testImage(colour = '#b33', width = 640, height = 480): Promise<Uint8Array> {
  return new Uint8Array(
    await sharp({ create: { width, height, channels: 3, background: colour } })
      .jpeg()
      .toBuffer(),
  );
}

/** The first bytes of a Linux executable, padded: what a disguised upload looks like. */
export function fakeExecutable(): Uint8Array {
  const data = new Uint8Array(4096);
  data.set([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]);
  return data;
}

/** The download link resolved against the server's address. */
export function absolute(client: UploadTarget, url: string) {
  return new URL(url, client.url).toString();
}
