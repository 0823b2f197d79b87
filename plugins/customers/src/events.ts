import { z } from 'zod';

export const customerEvents = {
  'customer.created': z.object({ customerId: z.string(), name: z.string() }),
  'customer.updated': z.object({ customerId: z.string() }),
  'customer.linkedToStore': z.object({ customerId: z.string(), storeId: z.string() }),
  'customer.tierChanged': z.object({
    customerId: z.string(),
    from: z.string(),
    to: z.string(),
    reason: z.enum(['spend', 'visits', 'manual']),
    changedBy: z.string().nullable(),
  }),
  'customer.noteAdded': z.object({ customerId: z.string(), storeId: z.string(), noteId: z.string() }),
  'shoe.added': z.object({ shoeId: z.string(), customerId: z.string() }),
  'shoe.updated': z.object({ shoeId: z.string(), customerId: z.string() }),
};

type Payloads = { [K in keyof typeof customerEvents]: z.infer<(typeof customerEvents)[K]> };
declare module '@lacewire/core' {
  interface EventMap extends Payloads {}
}
