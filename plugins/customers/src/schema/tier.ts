import { type Builder, batchLoader, type Context, NotAllowedError } from '@lacewire/core';
import { z } from 'zod';
import type { ITier } from '../entities.ts';
import { CustomerRef, TierRef } from '../refs.ts';
import { configureTiers, isStaffOfCustomer, listTiers, setCustomerTier, type TierInput } from '../services.ts';
import { text } from './inputs.ts';

/** A tier by code, the tiers read once per batch (a page of customers shows each one's tier). */
export const tierOf = (ctx: Context, code: string) =>
  batchLoader<string, ITier>(ctx, 'customers.tier', async (codes) => {
    const tiers = await listTiers(ctx.em);
    return codes.map((c) => tiers.find((x) => x.code === c) ?? null);
  }).load(code);

/** Membership tiers: the type, the list, an admin's override and the owner's configuration. */
export function tierSchema(builder: Builder) {
  builder.objectType(TierRef, {
    description: 'A membership tier of the business, with the rule that promotes customers into it.',
    fields: (t) => ({
      code: t.exposeString('code'),
      name: t.exposeString('name'),
      rank: t.exposeInt('rank', { description: '0 is the entry tier; higher is better.' }),
      minSpendMinor: t.field({
        type: 'Int',
        nullable: true,
        description: 'Lifetime spend (CNY minor units) that promotes into this tier.',
        resolve: (x) => x.minSpendMinor,
      }),
      minVisits: t.exposeInt('minVisits', { nullable: true, description: 'Visits that promote into this tier.' }),
    }),
  });

  builder.queryField('customerTiers', (t) =>
    t.field({ type: [TierRef], authScopes: { signedIn: true }, resolve: (_r, _a, ctx) => listTiers(ctx.em) }),
  );

  builder.mutationField('setCustomerTier', (t) =>
    t.field({
      type: CustomerRef,
      description: "Store admin's manual override of a customer's tier.",
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('SetCustomerTierInput', {
            fields: (f) => ({ customerId: f.globalID({ required: true, for: CustomerRef }), tier: f.string({ required: true }) }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const id = input.customerId.id;
        if (!(await isStaffOfCustomer(ctx.em, ctx.viewer, id, ['storeAdmin']))) throw new NotAllowedError();
        return ctx.tx((tx) => setCustomerTier(tx, id, input.tier, ctx.viewer?.accountId as string));
      },
    }),
  );

  const TierInputType = builder.inputType('CustomerTierInput', {
    fields: (f) => ({
      code: f.string({ required: true, validate: z.string().regex(/^[a-z][a-z0-9_-]{0,29}$/, 'Lower-case code, e.g. "gold".') }),
      name: f.string({ required: true, validate: text(30) }),
      minSpendMinor: f.int({ required: false, validate: z.number().int().min(0) }),
      minVisits: f.int({ required: false, validate: z.number().int().min(0) }),
    }),
  });
  builder.mutationField('configureCustomerTiers', (t) =>
    t.field({
      type: [TierRef],
      description: "Owner: the business's tiers, lowest first, with their promotion rules.",
      errors: { directResult: false },
      authScopes: { owner: true },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('ConfigureCustomerTiersInput', {
            fields: (f) => ({ tiers: f.field({ type: [TierInputType], required: true }) }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => ctx.tx((tx) => configureTiers(tx, input.tiers as TierInput[])),
    }),
  );
}
