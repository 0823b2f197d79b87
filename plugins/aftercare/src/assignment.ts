import {
  type Builder,
  hasStoreRole,
  InvalidInputError,
  NotAllowedError,
  type objectRef,
  type Tx,
  type Viewer,
} from '@lacewire/core';
import { toUuid } from '@lacewire/plugin-care';
import { membersOf } from '@lacewire/plugin-identity';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { ComplaintAssignment, type IComplaint, type IComplaintAssignment } from './entities.ts';
import { ComplaintRef } from './refs.ts';
import { complaintAudience, complaintFor } from './services.ts';

/**
 * Hands a complaint to a staff member of its store by hand: clerks and admins assign any
 * complaint, its assignee transfers it on. The hand-over is kept (who, when, from, to) and the
 * new assignee is told by the `complaint.assigned` event.
 */
export async function assignComplaint(
  tx: Tx,
  viewer: Viewer,
  complaintId: string,
  input: { assigneeId: string; note: string | null },
) {
  const c = await complaintFor(tx.em, viewer, complaintId);
  const manager = hasStoreRole(viewer, c.storeId, ['clerk', 'storeAdmin']);
  if (viewer.customerId || !(manager || c.assigneeId === viewer.accountId))
    throw new NotAllowedError('Clerks and store admins assign complaints; the assignee transfers one on.');
  if (c.status === 'closed') throw new InvalidInputError('This complaint is closed.', 'complaintId');
  const members = await membersOf(tx.em, c.storeId);
  if (!members.some((m) => m.accountId === input.assigneeId))
    throw new InvalidInputError('Assign the complaint to a staff member of its store.', 'assigneeId');
  if (input.assigneeId === c.assigneeId) throw new InvalidInputError('The complaint is already theirs.', 'assigneeId');
  const from = c.assigneeId ?? null;
  c.assigneeId = input.assigneeId;
  c.assignedAs = 'manual';
  tx.em.create(ComplaintAssignment, {
    complaintId: c.id,
    fromAssigneeId: from,
    toAssigneeId: input.assigneeId,
    byId: viewer.accountId,
    note: input.note,
    at: tx.now(),
  });
  // Staff only (the customer is not told about internal hand-overs), the previous assignee included.
  const audience = complaintAudience(c);
  tx.emit(
    'complaint.assigned',
    {
      storeId: c.storeId,
      customerId: c.customerId,
      complaintId: c.id,
      fromAssigneeId: from,
      toAssigneeId: input.assigneeId,
      byId: viewer.accountId,
    },
    { ...audience, accounts: [input.assigneeId, ...(from ? [from] : [])] },
  );
  return c;
}

export async function assignmentsOf(em: EntityManager, complaintId: string) {
  return em.find(ComplaintAssignment, { complaintId }, { orderBy: { at: 'asc' } });
}

type Person = { accountId: string; displayName: string };

/** `assignComplaint` and `Complaint.assignments`; `person` resolves an account for display. */
export function assignmentSchema(
  builder: Builder,
  refs: {
    /** The AftercarePerson object type. */
    Person: ReturnType<typeof objectRef<Person>>;
    person: (ctx: any, id: string | null) => Person | null | Promise<Person | null>;
  },
) {
  const Assignment = builder.objectRef<IComplaintAssignment>('ComplaintAssignment').implement({
    description: 'A hand-over of a complaint: who handed it, when, from whom, to whom.',
    fields: (t) => ({
      from: t.field({ type: refs.Person, nullable: true, resolve: (a, _a, ctx) => refs.person(ctx, a.fromAssigneeId ?? null) }),
      to: t.field({ type: refs.Person, nullable: true, resolve: (a, _a, ctx) => refs.person(ctx, a.toAssigneeId) }),
      by: t.field({ type: refs.Person, nullable: true, resolve: (a, _a, ctx) => refs.person(ctx, a.byId) }),
      note: t.exposeString('note', { nullable: true }),
      at: t.field({ type: 'DateTime', resolve: (a) => a.at }),
    }),
  });
  builder.objectField(ComplaintRef, 'assignments', (t) =>
    t.field({
      type: [Assignment],
      description: 'Hand-overs by hand, oldest first (staff only; empty for the customer).',
      resolve: (c: IComplaint, _a, ctx) => (ctx.viewer?.customerId ? [] : assignmentsOf(ctx.runtime.em(), c.id)),
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
              assigneeId: f.id({ required: true, description: 'The staff member (account id).' }),
              note: f.string({ required: false, validate: z.string().max(500) }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) =>
        ctx.tx((tx) =>
          assignComplaint(tx, ctx.viewer as Viewer, input.complaintId.id, {
            assigneeId: toUuid(input.assigneeId, 'assigneeId'),
            note: input.note ?? null,
          }),
        ),
    }),
  );
}
