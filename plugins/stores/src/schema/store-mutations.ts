import { type Builder, hasStoreRole, idempotencyKeyInput, NotAllowedError, replayableEntity, type Types } from '@lacewire/core';
import { z } from 'zod';
import { Store } from '../entities.ts';
import { StoreRef } from '../refs.ts';
import { createStore, updateStore } from '../services.ts';

const hhmm = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'Use 24-hour HH:MM.');
/** A store open until midnight closes at 24:00. */
const closing = z.string().regex(/^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/, 'Use 24-hour HH:MM (24:00 for midnight).');

const storeResult = replayableEntity('Store', Store);

type Fields = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;

/** Owners open stores; store admins change their details. */
export function storeMutations(builder: Builder) {
  const HoursInput = builder.inputType('OpeningHoursInput', {
    fields: (f) => ({
      weekday: f.int({ required: true, validate: z.number().int().min(0).max(6) }),
      opens: f.string({ required: true, validate: hhmm }),
      closes: f.string({ required: true, validate: closing }),
    }),
  });

  /** A store's details, declared once: each required to create a store, each optional to change one. */
  const storeFields = <Required extends boolean>(f: Fields, required: Required) => ({
    name: f.string({ required, validate: z.string().trim().min(1).max(100) }),
    address: f.string({ required, validate: z.string().trim().min(1).max(300) }),
    phone: f.string({ required, validate: z.string().trim().min(3).max(30) }),
    timeZone: f.string({ required, description: 'IANA zone such as Asia/Shanghai.' }),
    openingHours: f.field({ type: [HoursInput], required }),
  });

  builder.mutationField('createStore', (t) =>
    t.field({
      type: StoreRef,
      errors: {},
      authScopes: { owner: true },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('CreateStoreInput', {
            fields: (f) => ({ ...storeFields(f, true), ...idempotencyKeyInput(f) }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        const { idempotencyKey, ...fields } = input;
        return ctx.tx((tx) =>
          tx.once({ operation: 'createStore', key: idempotencyKey, result: storeResult }, () => createStore(tx, fields)),
        );
      },
    }),
  );

  builder.mutationField('updateStore', (t) =>
    t.field({
      type: StoreRef,
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('UpdateStoreInput', {
            fields: (f) => ({ storeId: f.globalID({ required: true, for: StoreRef }), ...storeFields(f, false) }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        const { storeId: id, ...changes } = input;
        const storeId = id.id;
        if (!hasStoreRole(ctx.viewer, storeId, ['storeAdmin'])) throw new NotAllowedError();
        return ctx.tx((tx) => updateStore(tx, storeId, changes));
      },
    }),
  );
}
