import { type Builder, limitAttempts } from '@lacewire/core';
import { InvalidTransitionError, WrongPickupCodeError } from '../errors.ts';
import { WorkOrderRef } from '../refs.ts';
import { PICKUP_LIMITS, pickUp, pickupTarget } from '../services.ts';

/** Handing the pair over at the counter, by the customer's code or pickup QR. */
export function pickupMutation(builder: Builder) {
  builder.mutationField('pickUpOrder', (t) =>
    t.field({
      type: WorkOrderRef,
      description: "Hands the pair over: the customer's 6-digit code with the order, or the pickup QR text alone.",
      errors: { types: [WrongPickupCodeError, InvalidTransitionError] },
      authScopes: { staff: true },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('PickUpOrderInput', {
            fields: (f) => ({
              orderId: f.globalID({ for: WorkOrderRef, required: false }),
              code: f.string({ required: false }),
              qr: f.string({ required: false }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        const target = pickupTarget({ orderId: input.orderId?.id ?? null, code: input.code ?? null, qr: input.qr ?? null });
        const keys = [
          [PICKUP_LIMITS.perOrder, target.orderId],
          [PICKUP_LIMITS.perAccount, ctx.viewer?.accountId ?? ''],
          [PICKUP_LIMITS.perAddress, ctx.clientAddress],
        ] as const;
        return limitAttempts(ctx.em, keys, () => ctx.tx((tx) => pickUp(tx, ctx.viewer, target)), { refundOnSuccess: true });
      },
    }),
  );
}
