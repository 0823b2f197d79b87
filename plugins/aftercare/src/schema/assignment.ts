import type { Builder, Viewer } from '@lacewire/core';
import { AccountRef } from '@lacewire/plugin-identity';
import { z } from 'zod';
import { assignComplaint, assignmentsOf } from '../assignment.ts';
import type { IComplaint, IComplaintAssignment } from '../entities.ts';
import { ComplaintRef } from '../refs.ts';
import { fresh } from './access.ts';
import { type PersonRef, person } from './person.ts';

/** `assignComplaint` (by hand, or transferred on by its assignee) and `Complaint.assignments`. */
export function assignmentSchema(builder: Builder, Person: PersonRef) {
  const Assignment = builder.objectRef<IComplaintAssignment>('ComplaintAssignment').implement({
    description: 'A hand-over of a complaint: who handed it, when, from whom, to whom.',
    fields: (t) => ({
      from: t.field({ type: Person, nullable: true, resolve: (a, _a, ctx) => person(ctx, a.fromAssigneeId ?? null) }),
      to: t.field({ type: Person, nullable: true, resolve: (a, _a, ctx) => person(ctx, a.toAssigneeId) }),
      by: t.field({ type: Person, nullable: true, resolve: (a, _a, ctx) => person(ctx, a.byId) }),
      note: t.exposeString('note', { nullable: true }),
      at: t.field({ type: 'DateTime', resolve: (a) => a.at }),
    }),
  });
  builder.objectField(ComplaintRef, 'assignments', (t) =>
    t.field({
      type: [Assignment],
      description: 'Hand-overs by hand, oldest first (staff only; empty for the customer).',
      resolve: (c: IComplaint, _a, ctx) => (ctx.viewer?.customerId ? [] : assignmentsOf(fresh(ctx), c.id)),
    }),
  );
  builder.mutationField('assignComplaint', (t) =>
    t.field({
      type: ComplaintRef,
      description:
        'Assigns a complaint to a staff member of its store by hand (clerks, admins), or transfers it on (its assignee). The new assignee gets a `complaint.assigned` event.',
      errors: {},
      authScopes: { staff: true },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('AssignComplaintInput', {
            fields: (f) => ({
              complaintId: f.globalID({ for: ComplaintRef, required: true }),
              assigneeId: f.globalID({ for: AccountRef, required: true, description: 'The staff member.' }),
              note: f.string({ required: false, validate: z.string().max(500) }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) =>
        ctx.tx((tx) =>
          assignComplaint(tx, ctx.viewer as Viewer, input.complaintId.id, {
            assigneeId: input.assigneeId.id,
            note: input.note ?? null,
          }),
        ),
    }),
  );
}
