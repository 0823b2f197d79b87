import { z } from 'zod';

const order = { orderId: z.string(), storeId: z.string(), customerId: z.string() };

/** Every event of an order carries its ids; subscribers load the current order by `orderId`. */
export const careEvents = {
  'order.opened': z.object({ ...order, tagNumber: z.string(), status: z.string() }),
  'order.statusChanged': z.object({
    ...order,
    from: z.string(),
    to: z.string(),
    label: z.string(),
    reason: z.string().nullable(),
  }),
  'order.updated': z.object({ ...order, what: z.string() }),
  'order.promiseChanged': z.object({ ...order, promisedAt: z.string().nullable(), previous: z.string().nullable() }),
  'order.stepStarted': z.object({ ...order, stepId: z.string(), stage: z.string() }),
  'order.stepFinished': z.object({ ...order, stepId: z.string(), stage: z.string() }),
  'order.changeRequested': z.object({ ...order, changeRequestId: z.string(), priceMinor: z.number(), description: z.string() }),
  'order.changeAnswered': z.object({ ...order, changeRequestId: z.string(), approved: z.boolean() }),
  'order.conditionAcknowledged': z.object(order),
  'order.pickupReminder': z.object({ ...order, reminder: z.number(), tagNumber: z.string() }),
  'order.pickedUp': z.object({ ...order, pickedUpBy: z.string() }),
};

type Payloads = { [K in keyof typeof careEvents]: z.infer<(typeof careEvents)[K]> };
declare module '@lacewire/core' {
  interface EventMap extends Payloads {}
}

export const ORDER_EVENT_TYPES = Object.keys(careEvents);
