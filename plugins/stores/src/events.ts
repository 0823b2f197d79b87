import { z } from 'zod';

export const storeEvents = {
  'store.created': z.object({ storeId: z.string(), name: z.string() }),
  'store.updated': z.object({ storeId: z.string() }),
  'store.featureSwitched': z.object({ storeId: z.string(), feature: z.string(), enabled: z.boolean(), changedBy: z.string() }),
};

type Payloads = { [K in keyof typeof storeEvents]: z.infer<(typeof storeEvents)[K]> };
declare module '@lacewire/core' {
  interface EventMap extends Payloads {}
}
