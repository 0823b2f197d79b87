import { decodeGlobalId } from '@lacewire/core';

/*
 * Customers and work orders belong to plugins messaging does not depend on: their ids are checked
 * by type name here (a typed InvalidInput otherwise), since `globalID({ for })` needs the type in the schema.
 */

export const customerIdOf = (id: string | number) => decodeGlobalId(String(id), 'customerId', ['Customer']).id;

export const workOrderIdOf = (id: string | number) => decodeGlobalId(String(id), 'workOrderId', ['WorkOrder']).id;
