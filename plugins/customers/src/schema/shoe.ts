import {
  type Builder,
  globalId,
  InvalidInputError,
  idempotencyKeyInput,
  NotAllowedError,
  replayableEntity,
} from '@lacewire/core';
import { z } from 'zod';
import { Shoe } from '../entities.ts';
import { CustomerRef, ShoeRef } from '../refs.ts';
import {
  addShoe,
  canSeeCustomer,
  ensureCustomer,
  getCustomer,
  getShoe,
  isStaffOfCustomer,
  type ShoeInput,
  shoesByIds,
  updateShoe,
} from '../services.ts';
import { photoUuids, text } from './inputs.ts';

const addedShoe = replayableEntity('Shoe', Shoe);

/** What describes a pair, on adding it (brand required) and on editing it (each optional). */
function shoeFields(f: any, create: boolean) {
  return {
    brand: f.string({ required: create, validate: text(60) }),
    model: f.string({ required: false, validate: z.string().trim().max(100) }),
    size: f.string({ required: false, validate: z.string().trim().max(20) }),
    material: f.string({ required: false, validate: z.string().trim().max(60) }),
    colour: f.string({ required: false, validate: z.string().trim().max(60) }),
    photoIds: f.idList({ required: false, description: 'Attachments (files plugin).', validate: z.array(z.string()).max(30) }),
    conditionNotes: f.string({ required: false, validate: z.string().trim().max(1000) }),
  };
}

/** The Shoe node (visible with its customer), `Customer.shoes`, and adding and editing pairs. */
export function shoeSchema(builder: Builder) {
  builder.node(ShoeRef, {
    description: 'A pair of shoes a customer brought, kept across visits.',
    id: { resolve: (s) => s.id },
    loadMany: async (ids, ctx) => {
      const shoes = await shoesByIds(ctx.em, ids);
      return Promise.all(shoes.map(async (s) => (s && (await canSeeCustomer(ctx.em, ctx.viewer, s.customerId)) ? s : null)));
    },
    fields: (t) => ({
      brand: t.exposeString('brand'),
      model: t.exposeString('model', { nullable: true }),
      size: t.exposeString('size', { nullable: true }),
      material: t.exposeString('material', { nullable: true }),
      colour: t.exposeString('colour', { nullable: true }),
      photoIds: t.field({
        type: ['ID'],
        description: 'Attachments (files plugin).',
        resolve: (s) => s.photoIds.map((id: string) => globalId('Attachment', id)),
      }),
      conditionNotes: t.exposeString('conditionNotes', { nullable: true }),
      archived: t.exposeBoolean('archived'),
      customer: t.field({ type: CustomerRef, resolve: (s, _a, ctx) => getCustomer(ctx.em, s.customerId) }),
      createdAt: t.field({ type: 'DateTime', resolve: (s) => s.createdAt }),
    }),
  });

  builder.mutationField('addShoe', (t) =>
    t.field({
      type: ShoeRef,
      description: 'A customer adds a pair to their own profile; staff add one for a customer of their store.',
      errors: {},
      authScopes: { signedIn: true },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('AddShoeInput', {
            fields: (f) => ({
              customerId: f.globalID({
                required: false,
                for: CustomerRef,
                description: 'Staff only; a customer adds to their own.',
              }),
              ...shoeFields(f, true),
              ...idempotencyKeyInput(f),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const viewer = ctx.viewer;
        const customerId = input.customerId?.id ?? viewer?.customerId;
        if (!customerId) throw new InvalidInputError('Say whose shoes these are.', 'customerId');
        const own = viewer?.customerId === customerId;
        if (!own && !(await isStaffOfCustomer(ctx.em, viewer, customerId))) throw new NotAllowedError();
        const { customerId: _, idempotencyKey, ...fields } = input;
        const shoe = { ...fields, photoIds: photoUuids(fields.photoIds as string[] | null | undefined) } as ShoeInput & {
          brand: string;
        };
        return ctx.tx((tx) =>
          tx.once({ operation: 'addShoe', key: idempotencyKey, result: addedShoe }, async () => {
            if (own) await ensureCustomer(tx, customerId);
            return addShoe(tx, customerId, shoe);
          }),
        );
      },
    }),
  );

  builder.mutationField('updateShoe', (t) =>
    t.field({
      type: ShoeRef,
      errors: {},
      authScopes: { signedIn: true },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('UpdateShoeInput', {
            fields: (f) => ({
              shoeId: f.globalID({ required: true, for: ShoeRef }),
              archived: f.boolean({ required: false }),
              ...shoeFields(f, false),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        // The input is checked before the shoe is looked up: a malformed id is InvalidInput, whatever the pair.
        const { shoeId: _, ...fields } = input;
        const changes = { ...fields, photoIds: photoUuids(fields.photoIds as string[] | null | undefined) } as ShoeInput & {
          archived?: boolean | null;
        };
        const shoe = await getShoe(ctx.em, input.shoeId.id);
        const own = ctx.viewer?.customerId === shoe.customerId;
        if (!own && !(await isStaffOfCustomer(ctx.em, ctx.viewer, shoe.customerId))) throw new NotAllowedError();
        return ctx.tx((tx) => updateShoe(tx, shoe.id, changes));
      },
    }),
  );
}
