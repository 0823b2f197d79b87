import { type Builder, hasStoreRole, idempotencyKeyInput, NotAllowedError, replayableEntity, type Viewer } from '@lacewire/core';
import { AccountRef } from '@lacewire/plugin-identity';
import { StoreRef } from '@lacewire/plugin-stores';
import { z } from 'zod';
import { type IBookingSettings, ShiftException } from '../entities.ts';
import { ShiftExceptionRef } from '../refs.ts';
import { addShiftException, getShiftException, removeShiftException, setShiftTemplate, updateSettings } from '../services.ts';
import type { AppointmentTypes } from './types.ts';

const hhmm = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'Use 24-hour HH:MM.');
const minutesUpTo = (days: number) =>
  z
    .number()
    .int()
    .min(0)
    .max(days * 24 * 60);
const addedException = replayableEntity('ShiftException', ShiftException);

function requireAdmin(viewer: Viewer | null, storeId: string) {
  if (!hasStoreRole(viewer, storeId, ['storeAdmin'])) throw new NotAllowedError();
}

/** A store admin's booking settings, technicians' weekly shifts and their exceptions. */
export function shiftMutations(builder: Builder, { Settings, Shift, ExceptionKind }: AppointmentTypes) {
  builder.mutationField('updateBookingSettings', (t) =>
    t.field({
      type: Settings,
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('UpdateBookingSettingsInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: StoreRef }),
              slotStepMinutes: f.int({ required: false, validate: z.number().int().min(5).max(240) }),
              bufferMinutes: f.int({ required: false, validate: z.number().int().min(0).max(240) }),
              minNoticeMinutes: f.int({ required: false, validate: minutesUpTo(7) }),
              maxHorizonDays: f.int({ required: false, validate: z.number().int().min(1).max(365) }),
              cancelCutoffMinutes: f.int({ required: false, validate: minutesUpTo(7) }),
              reminderOffsetsMinutes: f.intList({
                required: false,
                validate: z
                  .array(
                    z
                      .number()
                      .int()
                      .min(1)
                      .max(14 * 24 * 60),
                  )
                  .max(5),
              }),
              autoConfirm: f.boolean({ required: false }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        const { storeId, ...changes } = input;
        requireAdmin(ctx.viewer, storeId.id);
        return ctx.tx((tx) => updateSettings(tx, storeId.id, changes as Partial<Omit<IBookingSettings, 'storeId'>>));
      },
    }),
  );

  const ShiftInput = builder.inputType('ShiftInput', {
    fields: (f) => ({
      weekday: f.int({ required: true, validate: z.number().int().min(0).max(6) }),
      starts: f.string({ required: true, validate: hhmm }),
      ends: f.string({ required: true, validate: hhmm }),
    }),
  });

  builder.mutationField('setShiftTemplate', (t) =>
    t.field({
      type: [Shift],
      description: "Replaces a technician's weekly template (store admin). Shifts must lie inside opening hours.",
      errors: { directResult: false },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('SetShiftTemplateInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: StoreRef }),
              technicianId: f.globalID({ required: true, for: AccountRef }),
              shifts: f.field({ type: [ShiftInput], required: true }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        requireAdmin(ctx.viewer, input.storeId.id);
        return ctx.tx((tx) => setShiftTemplate(tx, input.storeId.id, input.technicianId.id, input.shifts));
      },
    }),
  );

  builder.mutationField('addShiftException', (t) =>
    t.field({
      type: ShiftExceptionRef,
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('AddShiftExceptionInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: StoreRef }),
              technicianId: f.globalID({ required: true, for: AccountRef }),
              date: f.string({ required: true, validate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD.') }),
              kind: f.field({ type: ExceptionKind, required: true }),
              starts: f.string({ required: false, validate: hhmm }),
              ends: f.string({ required: false, validate: hhmm }),
              note: f.string({ required: false, validate: z.string().max(200) }),
              ...idempotencyKeyInput(f),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        const { storeId, technicianId, idempotencyKey, ...rest } = input;
        requireAdmin(ctx.viewer, storeId.id);
        return ctx.tx((tx) =>
          tx.once({ operation: 'addShiftException', key: idempotencyKey, result: addedException }, () =>
            addShiftException(tx, storeId.id, technicianId.id, rest),
          ),
        );
      },
    }),
  );

  builder.mutationField('removeShiftException', (t) =>
    t.field({
      type: ShiftExceptionRef,
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('RemoveShiftExceptionInput', {
            fields: (f) => ({ id: f.globalID({ required: true, for: ShiftExceptionRef }) }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const exception = await getShiftException(ctx.em, input.id.id);
        requireAdmin(ctx.viewer, exception.storeId);
        return ctx.tx((tx) => removeShiftException(tx, exception.id));
      },
    }),
  );
}
