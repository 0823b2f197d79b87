import {
  type Builder,
  hasStoreRole,
  InvalidInputError,
  idempotencyKeyInput,
  NotAllowedError,
  replayableEntity,
} from '@lacewire/core';
import { AccountRef, createAccount, findAccountByPhone } from '@lacewire/plugin-identity';
import { StoreRef } from '@lacewire/plugin-stores';
import { z } from 'zod';
import { Customer } from '../entities.ts';
import { CustomerRef } from '../refs.ts';
import { ensureCustomer, getCustomer, isStaffOfCustomer, linkCustomerToStore, updateCustomer } from '../services.ts';
import { labels, technicianUuid, text } from './inputs.ts';

const registered = replayableEntity('Customer', Customer);

/** The customer edits their profile; staff edit a customer's and register walk-ins. */
export function profileMutations(builder: Builder) {
  builder.mutationField('updateMyProfile', (t) =>
    t.field({
      type: CustomerRef,
      errors: {},
      authScopes: { customer: true },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('UpdateMyProfileInput', {
            fields: (f) => ({
              name: f.string({ required: false, validate: text(60) }),
              preferences: f.stringList({ required: false, validate: labels }),
              preferredTechnicianId: f.globalID({ required: false, for: AccountRef }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        const id = ctx.viewer?.customerId as string;
        const preferredTechnicianId = technicianUuid(input.preferredTechnicianId);
        return ctx.tx(async (tx) => {
          await ensureCustomer(tx, id);
          return updateCustomer(tx, id, { name: input.name, preferences: input.preferences, preferredTechnicianId });
        });
      },
    }),
  );

  builder.mutationField('updateCustomer', (t) =>
    t.field({
      type: CustomerRef,
      description: 'Staff edit a customer of their store: name, tags, preferences.',
      errors: {},
      authScopes: { staff: true },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('UpdateCustomerInput', {
            fields: (f) => ({
              customerId: f.globalID({ required: true, for: CustomerRef }),
              name: f.string({ required: false, validate: text(60) }),
              tags: f.stringList({ required: false, validate: labels }),
              preferences: f.stringList({ required: false, validate: labels }),
              preferredTechnicianId: f.globalID({ required: false, for: AccountRef }),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const id = input.customerId.id;
        const preferredTechnicianId = technicianUuid(input.preferredTechnicianId);
        if (!(await isStaffOfCustomer(ctx.em, ctx.viewer, id, ['clerk', 'storeAdmin']))) throw new NotAllowedError();
        return ctx.tx((tx) =>
          updateCustomer(tx, id, { name: input.name, tags: input.tags, preferences: input.preferences, preferredTechnicianId }),
        );
      },
    }),
  );

  builder.mutationField('registerCustomer', (t) =>
    t.field({
      type: CustomerRef,
      description: 'Front desk: a walk-in or phone customer; reuses the account of the phone if there is one.',
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('RegisterCustomerInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: StoreRef }),
              phone: f.string({
                required: true,
                validate: z
                  .string()
                  .trim()
                  .regex(/^\+?[0-9 -]{5,20}$/, 'A phone number.'),
              }),
              name: f.string({ required: true, validate: text(60) }),
              ...idempotencyKeyInput(f),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        const storeId = input.storeId.id;
        if (!hasStoreRole(ctx.viewer, storeId, ['clerk', 'storeAdmin'])) throw new NotAllowedError();
        return ctx.tx((tx) =>
          tx.once({ operation: 'registerCustomer', key: input.idempotencyKey, result: registered }, async () => {
            const phone = input.phone.trim();
            let account = await findAccountByPhone(tx.em, phone);
            if (account && account.kind !== 'customer')
              throw new InvalidInputError('This phone belongs to a staff account.', 'phone');
            if (!account) {
              account = await createAccount(tx, { kind: 'customer', displayName: input.name, phone });
              await tx.em.flush();
            }
            await linkCustomerToStore(tx, account.id, storeId);
            return getCustomer(tx.em, account.id);
          }),
        );
      },
    }),
  );
}
