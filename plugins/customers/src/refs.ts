import { objectRef } from '@lacewire/core';
import type { ICustomer, ICustomerNote, IShoe, ITier } from './entities.ts';

/** The Customer type: other plugins add their history to it (`Customer.orders`, `Customer.appointments`). */
export const CustomerRef = objectRef<ICustomer>('Customer');
export const ShoeRef = objectRef<IShoe>('Shoe');
export const TierRef = objectRef<ITier>('CustomerTier');
export const CustomerNoteRef = objectRef<ICustomerNote>('CustomerNote');
