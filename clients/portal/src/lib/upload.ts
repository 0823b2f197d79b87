import { localId } from '@lacewire/client';
import type { Client } from '@urql/core';
import { graphql } from '../gql';
import type { AttachmentKind } from '../gql/graphql';
import { failedText } from './result.ts';

const Upload = graphql(`
  mutation UploadAttachment($input: UploadAttachmentInput!) {
    uploadAttachment(input: $input) {
      __typename
      ... on Attachment { id kind url thumbnailUrl fileName }
      ... on Error { code message params { name value } }
    }
  }
`);

export type UploadOutcome = { ok: true; id: string; localId: string } | { ok: false; retryable: boolean; error: string };

/** Uploads one file (GraphQL multipart request); a network failure is retryable, a refusal is not. */
export async function uploadFile(client: Client, file: File, kinds: AttachmentKind[], storeId?: string): Promise<UploadOutcome> {
  const result = await client.mutation(Upload, { input: { file, kinds, storeId } }).toPromise();
  if (result.error?.networkError) return { ok: false, retryable: true, error: failedText(null, result.error) };
  if (result.error) return { ok: false, retryable: false, error: failedText(null, result.error) };
  const data = result.data?.uploadAttachment;
  if (data?.__typename !== 'Attachment') return { ok: false, retryable: false, error: failedText(data) };
  return { ok: true, id: data.id, localId: localId(data.id) };
}
