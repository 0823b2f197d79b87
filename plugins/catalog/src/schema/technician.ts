import { type Builder, globalId, InvalidInputError } from '@lacewire/core';
import { AccountRef, accountsByIds, membersOf } from '@lacewire/plugin-identity';
import { StoreRef } from '@lacewire/plugin-stores';
import { setTechnicianSkills, technicianSkills } from '../services.ts';
import { requireAdmin, skillsInput } from './admin.ts';

interface TechnicianShape {
  accountId: string;
  displayName: string;
  skills: string[];
}

/** A store's technicians with their skills: `Store.technicians` and `setTechnicianSkills` (store admins). */
export function technicianSchema(builder: Builder) {
  const Technician = builder.objectRef<TechnicianShape>('Technician').implement({
    description: 'A technician of a store and their skills.',
    fields: (t) => ({
      accountId: t.field({ type: 'ID', description: 'Their Account.', resolve: (x) => globalId('Account', x.accountId) }),
      displayName: t.exposeString('displayName'),
      skills: t.exposeStringList('skills'),
    }),
  });

  builder.objectField(StoreRef, 'technicians', (t) =>
    t.field({
      type: [Technician],
      description: "The store's technicians with their skills (staff).",
      authScopes: (store) => ({ storeStaff: store.id }),
      resolve: async (store, _a, ctx) => {
        const techs = (await membersOf(ctx.em, store.id)).filter((m) => m.role === 'technician');
        const accounts = await accountsByIds(
          ctx.em,
          techs.map((m) => m.accountId),
        );
        const bySkill = await technicianSkills(ctx.em, store.id);
        return techs.map((m, i) => ({
          accountId: m.accountId,
          displayName: accounts[i]?.displayName ?? '',
          skills: bySkill.get(m.accountId) ?? [],
        }));
      },
    }),
  );

  builder.mutationField('setTechnicianSkills', (t) =>
    t.field({
      type: Technician,
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('SetTechnicianSkillsInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: StoreRef }),
              accountId: f.globalID({ required: true, for: AccountRef, description: 'The technician.' }),
              skills: f.stringList({ required: true, validate: skillsInput }),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const storeId = input.storeId.id;
        const accountId = input.accountId.id;
        requireAdmin(ctx.viewer, storeId);
        const member = (await membersOf(ctx.em, storeId)).find((m) => m.accountId === accountId && m.role === 'technician');
        if (!member) throw new InvalidInputError('Not a technician of this store.', 'accountId');
        const [account] = await accountsByIds(ctx.em, [accountId]);
        const list = await ctx.tx((tx) => setTechnicianSkills(tx, storeId, accountId, input.skills));
        return { accountId, displayName: account?.displayName ?? '', skills: list };
      },
    }),
  );
}
