import {
  type Builder,
  hasStoreRole,
  InvalidInputError,
  idempotencyKeyInput,
  NotAllowedError,
  replayableEntity,
  type Tx,
} from '@lacewire/core';
import { AccountRef, createAccount, findAccountByPhone, grantRole, revokeRole } from '@lacewire/plugin-identity';
import { z } from 'zod';
import { Store } from '../entities.ts';
import { StoreRef } from '../refs.ts';
import { getStore } from '../services.ts';

const storeResult = replayableEntity('Store', Store);

interface NewStaffMember {
  displayName: string;
  username?: string | null;
  phone?: string | null;
  password?: string | null;
}

/** The staff account for a new member: the existing one with this phone, or a new one. */
async function staffAccount(tx: Tx, input: NewStaffMember): Promise<string> {
  const existing = input.phone ? await findAccountByPhone(tx.em, input.phone) : null;
  if (existing && existing.kind !== 'staff') throw new InvalidInputError('This phone belongs to a customer account.', 'phone');
  if (existing) return existing.id;
  const created = await createAccount(tx, { kind: 'staff', ...input });
  await tx.em.flush();
  return created.id;
}

/** Store admins add and remove their staff (owners appoint admins). */
export function staffMutations(builder: Builder) {
  const RoleEnum = builder.enumType('StoreRoleInput', { values: ['clerk', 'technician', 'storeAdmin'] as const });

  builder.mutationField('addStaffMember', (t) =>
    t.field({
      type: StoreRef,
      description: 'Creates a staff account (or uses an existing one by phone) and gives it a role in the store.',
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('AddStaffMemberInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: StoreRef }),
              role: f.field({ type: RoleEnum, required: true }),
              displayName: f.string({ required: true, validate: z.string().trim().min(1).max(60) }),
              username: f.string({ required: false, validate: z.string().trim().min(3).max(40) }),
              phone: f.string({ required: false }),
              password: f.string({ required: false, validate: z.string().min(8, 'At least 8 characters.') }),
              ...idempotencyKeyInput(f),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        const { storeId: id, role, idempotencyKey, ...member } = input;
        const storeId = id.id;
        if (!hasStoreRole(ctx.viewer, storeId, ['storeAdmin'])) throw new NotAllowedError();
        if (role === 'storeAdmin' && !ctx.viewer?.isOwner) throw new NotAllowedError('Only the owner appoints store admins.');
        return ctx.tx((tx) =>
          tx.once({ operation: 'addStaffMember', key: idempotencyKey, result: storeResult }, async () => {
            const store = await getStore(tx.em, storeId);
            await grantRole(tx, await staffAccount(tx, member), storeId, role);
            return store;
          }),
        );
      },
    }),
  );

  builder.mutationField('removeStaffMember', (t) =>
    t.field({
      type: StoreRef,
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('RemoveStaffMemberInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: StoreRef }),
              accountId: f.globalID({ required: true, for: AccountRef }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        const storeId = input.storeId.id;
        if (!hasStoreRole(ctx.viewer, storeId, ['storeAdmin'])) throw new NotAllowedError();
        return ctx.tx(async (tx) => {
          await revokeRole(tx, input.accountId.id, storeId);
          return getStore(tx.em, storeId);
        });
      },
    }),
  );
}
