import { type Builder, InvalidInputError, idempotencyKeyInput, NotAllowedError } from '@lacewire/core';
import { AppointmentRef, bookAppointment, bookedAppointment, SlotTaken, withSlotRetry } from '@lacewire/plugin-appointments';
import { orderFor, WorkOrderRef } from '@lacewire/plugin-care';
import { ensureCustomer } from '@lacewire/plugin-customers';

/**
 * Re-book in one step (appointments integration): the customer books the same catalog services
 * for the same pair in the same store at a new time; slot rules and technician assignment are the
 * appointments plugin's.
 */
export function rebookSchema(builder: Builder) {
  builder.mutationField('rebookOrder', (t) =>
    t.field({
      type: AppointmentRef,
      description: 'Books the same services for the same pair again, at `startsAt` (a slot from availableSlots).',
      errors: { types: [SlotTaken] },
      authScopes: { customer: true },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('RebookOrderInput', {
            fields: (f) => ({
              orderId: f.globalID({ for: WorkOrderRef, required: true }),
              startsAt: f.field({ type: 'DateTime', required: true }),
              ...idempotencyKeyInput(f),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const viewer = ctx.viewer;
        if (!viewer?.customerId) throw new NotAllowedError();
        const order = await orderFor(ctx.runtime.em(), viewer, input.orderId.id);
        const serviceIds = order.services
          .filter((s) => (s.state === 'quoted' || s.state === 'approved') && s.serviceId)
          .map((s) => s.serviceId as string);
        if (serviceIds.length === 0)
          throw new InvalidInputError("This order's services are not in the catalog; book from the service list.", 'orderId');
        await ctx.requireFeature(order.storeId, 'onlineBooking');
        await ctx.tx((tx) => ensureCustomer(tx, viewer.accountId));
        return withSlotRetry(
          () =>
            ctx.tx((tx) =>
              tx.once({ operation: 'rebookOrder', key: input.idempotencyKey, result: bookedAppointment }, () =>
                bookAppointment(tx, {
                  storeId: order.storeId,
                  customerId: viewer.accountId,
                  serviceIds,
                  startsAt: input.startsAt,
                  shoeIds: order.shoeId ? [order.shoeId] : [],
                  note: `再次预约（吊牌 ${order.tagNumber}）`,
                  online: true,
                  createdBy: viewer.accountId,
                }),
              ),
            ),
          input.startsAt,
        );
      },
    }),
  );
}
