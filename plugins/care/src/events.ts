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
  /** With what the labour statistics need: who, which service line, how long, what was used. */
  'order.stepFinished': z.object({
    ...order,
    stepId: z.string(),
    stage: z.string(),
    technicianId: z.string(),
    serviceCode: z.string().nullable(),
    serviceId: z.string().nullable(),
    serviceName: z.string().nullable(),
    labourMinutes: z.number().int(),
    materials: z.array(z.object({ materialId: z.string().nullable(), name: z.string(), quantity: z.number(), unit: z.string() })),
  }),
  'order.changeRequested': z.object({ ...order, changeRequestId: z.string(), priceMinor: z.number(), description: z.string() }),
  'order.changeAnswered': z.object({ ...order, changeRequestId: z.string(), approved: z.boolean() }),
  'order.conditionAcknowledged': z.object(order),
  'order.pickupReminder': z.object({ ...order, reminder: z.number(), tagNumber: z.string() }),
  /** `totalMinor`: what the customer paid for the order (its quoted and approved services). */
  'order.pickedUp': z.object({ ...order, pickedUpBy: z.string(), totalMinor: z.number().int(), currency: z.string() }),
};

type Payloads = { [K in keyof typeof careEvents]: z.infer<(typeof careEvents)[K]> };
declare module '@lacewire/core' {
  interface EventMap extends Payloads {}
}

export const ORDER_EVENT_TYPES = Object.keys(careEvents);
