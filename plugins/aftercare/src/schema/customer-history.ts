import type { Builder } from '@lacewire/core';
import { CustomerRef } from '@lacewire/plugin-customers';
import { ComplaintRef } from '../refs.ts';
import { canSeeComplaint, listComplaints } from '../services.ts';

/** The customer's complaints on their profile (with the customers plugin installed). */
export function customerHistorySchema(builder: Builder) {
  builder.objectField(CustomerRef, 'complaints', (t) =>
    t.field({
      type: [ComplaintRef],
      description: "The customer's complaints the viewer may see, newest first.",
      resolve: async (c, _args, ctx) =>
        (await listComplaints(ctx.runtime.em(), { customerId: c.id })).filter((complaint) =>
          canSeeComplaint(ctx.viewer, complaint),
        ),
    }),
  );
}
