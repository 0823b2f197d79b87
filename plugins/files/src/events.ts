import { z } from 'zod';

export const filesEvents = {
  'attachment.uploaded': z.object({
    attachmentId: z.string(),
    kind: z.string(),
    contentType: z.string(),
    byteSize: z.number(),
    uploadedBy: z.string(),
    storeId: z.string().nullable(),
  }),
};

type Payloads = { [K in keyof typeof filesEvents]: z.infer<(typeof filesEvents)[K]> };
declare module '@lacewire/core' {
  interface EventMap extends Payloads {}
}
