import { type Builder, hasStoreRole, InvalidInputError, idempotencyKeyInput, NotAllowedError, replayable } from '@lacewire/core';
import { AccountRef } from '@lacewire/plugin-identity';
import { StoreRef } from '@lacewire/plugin-stores';
import { z } from 'zod';
import { ConversationRef } from '../refs.ts';
import { findConversation } from '../services/access.ts';
import { createStaffGroup, openCustomerConversation, openOrderConversation, openVipChannel } from '../services/conversations.ts';
import type { ConversationRow } from '../services/rows.ts';
import { signedIn } from './errors.ts';
import { customerIdOf, workOrderIdOf } from './ids.ts';

const createdGroup = replayable<ConversationRow>('Conversation', (tx, id) => findConversation(tx.em, id));

/** Conversations are opened by kind: a customer's with a store, an order thread, a VIP channel, a staff group. */
export function openConversationMutations(builder: Builder) {
  builder.mutationField('openConversation', (t) =>
    t.field({
      type: ConversationRef,
      description:
        'The conversation between a customer and a store, created on first use and assigned to a clerk (round-robin). Customers open their own; store staff pass `customerId`.',
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('OpenConversationInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: StoreRef }),
              customerId: f.id({ required: false, description: 'Global id of the Customer (staff only).' }),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const viewer = signedIn(ctx.viewer);
        const storeId = input.storeId.id;
        let customerId = viewer.customerId;
        if (input.customerId != null) {
          if (!hasStoreRole(viewer, storeId))
            throw new NotAllowedError("Only the store's staff open a conversation for a customer.");
          customerId = customerIdOf(input.customerId);
        }
        if (!customerId) throw new InvalidInputError('Name the customer.', 'customerId');
        const id = customerId;
        return ctx.tx(async (tx) => (await openCustomerConversation(tx, storeId, id)).conversation);
      },
    }),
  );

  builder.mutationField('openOrderConversation', (t) =>
    t.field({
      type: ConversationRef,
      description: 'The thread about one work order (one per order), with its customer; staff of the store.',
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('OpenOrderConversationInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: StoreRef }),
              workOrderId: f.id({ required: true, description: 'Global id of the WorkOrder.' }),
              customerId: f.id({ required: true, description: 'Global id of the Customer.' }),
              title: f.string({ required: false, validate: z.string().trim().max(100) }),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const storeId = input.storeId.id;
        const workOrderId = workOrderIdOf(input.workOrderId);
        const customer = customerIdOf(input.customerId);
        if (!hasStoreRole(ctx.viewer, storeId)) throw new NotAllowedError();
        return ctx.tx(
          async (tx) =>
            (
              await openOrderConversation(tx, {
                storeId,
                workOrderId,
                customerId: customer,
                title: input.title,
              })
            ).conversation,
        );
      },
    }),
  );

  builder.mutationField('openVipChannel', (t) =>
    t.field({
      type: ConversationRef,
      description: "A VIP customer's direct channel with a named senior technician (store admins).",
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('OpenVipChannelInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: StoreRef }),
              customerId: f.id({ required: true, description: 'Global id of the Customer.' }),
              technicianId: f.globalID({ required: true, for: AccountRef }),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const storeId = input.storeId.id;
        const customer = customerIdOf(input.customerId);
        if (!hasStoreRole(ctx.viewer, storeId, ['storeAdmin'])) throw new NotAllowedError('Store admins open VIP channels.');
        return ctx.tx(
          async (tx) =>
            (
              await openVipChannel(tx, {
                storeId,
                customerId: customer,
                technicianId: input.technicianId.id,
              })
            ).conversation,
        );
      },
    }),
  );

  builder.mutationField('createStaffGroup', (t) =>
    t.field({
      type: ConversationRef,
      description: "A group chat of the store's staff; the creator moderates it.",
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('CreateStaffGroupInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: StoreRef }),
              title: f.string({ required: true, validate: z.string().trim().min(1).max(60) }),
              memberIds: f.globalIDList({ required: true, for: AccountRef, description: 'Staff accounts of the store.' }),
              ...idempotencyKeyInput(f),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const viewer = signedIn(ctx.viewer);
        const storeId = input.storeId.id;
        if (!hasStoreRole(viewer, storeId)) throw new NotAllowedError();
        return ctx.tx((tx) =>
          tx.once({ operation: 'createStaffGroup', key: input.idempotencyKey, result: createdGroup }, () =>
            createStaffGroup(tx, {
              storeId,
              title: input.title.trim(),
              creatorId: viewer.accountId,
              memberIds: input.memberIds.map((m) => m.id),
            }),
          ),
        );
      },
    }),
  );
}
