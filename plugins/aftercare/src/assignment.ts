import { hasStoreRole, InvalidInputError, NotAllowedError, type Tx, type Viewer } from '@lacewire/core';
import { membersOf } from '@lacewire/plugin-identity';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ComplaintAssignment } from './entities.ts';
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
