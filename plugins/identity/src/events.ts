import { z } from 'zod';

export const identityEvents = {
  'identity.accountCreated': z.object({
    accountId: z.string(),
    kind: z.enum(['staff', 'customer']),
    displayName: z.string(),
    phone: z.string().nullable(),
  }),
  'identity.sessionRevoked': z.object({ sessionId: z.string(), accountId: z.string() }),
  'identity.localeChanged': z.object({ accountId: z.string(), locale: z.string() }),
  'identity.roleChanged': z.object({
    accountId: z.string(),
    storeId: z.string(),
    role: z.enum(['clerk', 'technician', 'storeAdmin']).nullable(),
  }),
};

type Payloads = { [K in keyof typeof identityEvents]: z.infer<(typeof identityEvents)[K]> };
declare module '@lacewire/core' {
  interface EventMap extends Payloads {}
}
